/** Labels of the generated documents, one file per locale; the Dutch ones define the shape every locale fills. */
import { en } from './en.js';
import { type Labels, nl } from './nl-BE.js';

export type Locale = 'nl-BE' | 'en';
export type { Labels };

export const LABELS: Record<Locale, Labels> = { 'nl-BE': nl, en };
