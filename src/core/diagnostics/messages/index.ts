import type { Lang } from '../types.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { Messages } from './types.js';

export const MESSAGES: Record<Lang, Messages> = { en, nl };
