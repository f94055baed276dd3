import { documentOutputs, planOutputs } from '../../outputs.js';
import type { Rule } from './types.js';

export const outputNames: Rule = {
  name: 'output-names',
  description:
    'Every document a build writes gets a file name the file system can hold and no other output has (the name is the id of the plan or report).',
  run: (ctx) => planOutputs(documentOutputs(ctx, ctx.plan?.data.locale === 'en' ? 'en' : 'nl-BE')).diagnostics,
};
