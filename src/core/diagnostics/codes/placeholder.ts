/** Codes of the placeholders stage: what `plan new` and `plan init` wrote for the organisation to replace. */
import { entry } from './entry.js';

export const placeholderCodes = {
  'link/placeholder': entry<{ field: string; text: string }>({
    severity: 'warning',
    title: { en: 'Placeholder not filled in', nl: 'Plaatshouder niet ingevuld' },
    example: { field: 'statement', text: 'TODO' },
  }),
  'link/starter-text': entry<{ field: string; text: string }>({
    severity: 'warning',
    title: { en: 'Starter text not replaced', nl: 'Voorbeeldtekst van de starter niet vervangen' },
    example: { field: '', text: 'Schrijf hier de inleiding van het meerjarenplan.' },
  }),
} as const;
