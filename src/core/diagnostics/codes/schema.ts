/** Codes of the schema stage: the shape of one document. */
import { entry } from './entry.js';

export const schemaCodes = {
  'schema/unknown-kind': entry<{ kind: string | undefined; known: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Unknown kind', nl: 'Onbekende soort' },
    example: { kind: 'gaol', known: ['action', 'goal', 'plan'], suggestion: 'goal' },
  }),
  'schema/missing-key': entry<{ key: string; expected: string; allowed?: readonly string[] }>({
    severity: 'error',
    title: { en: 'Missing field', nl: 'Ontbrekend veld' },
    example: { key: 'strength', expected: 'value', allowed: ['contributes', 'may-contribute'] },
  }),
  'schema/unknown-key': entry<{ key: string; suggestion?: string; known: readonly string[] }>({
    severity: 'error',
    title: { en: 'Unknown field', nl: 'Onbekend veld' },
    example: { key: 'titel', known: ['id', 'kind', 'title'], suggestion: 'title' },
  }),
  'schema/invalid-type': entry<{ expected: string; found: string; value?: string }>({
    severity: 'error',
    title: { en: 'Wrong type', nl: 'Verkeerd type' },
    example: { expected: 'string', found: 'number', value: '2.1' },
  }),
  'schema/invalid-value': entry<{ value: string; allowed: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Value not allowed', nl: 'Waarde niet toegelaten' },
    example: { value: 'contributs', allowed: ['contributes', 'may-contribute'], suggestion: 'contributes' },
  }),
  'schema/invalid-date': entry<{ value: string; reason: 'format' | 'impossible'; allowsPartial: boolean }>({
    severity: 'error',
    title: { en: 'Invalid date', nl: 'Ongeldige datum' },
    example: { value: '2021-02-30', reason: 'impossible', allowsPartial: false },
  }),
  'schema/invalid-id': entry<{ value: string }>({
    severity: 'error',
    title: { en: 'Invalid id', nl: 'Ongeldige id' },
    example: { value: 'OD Wonen' },
  }),
  'schema/out-of-range': entry<{ value: string; limit: string; direction: 'min' | 'max'; what: 'number' | 'size' }>({
    severity: 'error',
    title: { en: 'Out of range', nl: 'Buiten bereik' },
    example: { value: '-1', limit: '0', direction: 'min', what: 'number' },
  }),
  'schema/invalid': entry<{ detail: string }>({
    severity: 'error',
    title: { en: 'Invalid value', nl: 'Ongeldige waarde' },
    example: { detail: 'Invalid input' },
  }),
} as const;
