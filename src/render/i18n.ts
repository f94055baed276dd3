/** Kept for modules that import the locale types from here; the labels live in ./labels/ (one file per locale). */
export { LABELS, type Labels, type Locale } from './labels/index.js';
