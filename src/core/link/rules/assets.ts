import { assetReferences } from '../../assets.js';
import type { Rule } from './types.js';

export const assets: Rule = {
  name: 'assets',
  description:
    'An image, font or style sheet the content refers to is a local file of a supported type inside the content folder, and an image has alt text.',
  run: (ctx) => assetReferences(ctx).diagnostics,
};
