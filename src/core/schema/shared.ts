/** Fields every kind shares: its kind and id, and a position in document order. */
import { z } from 'zod';
import { Id } from './primitives.js';

export const base = <K extends string>(kind: K) => ({ kind: z.literal(kind), id: Id });
export const ordered = { order: z.number().optional().describe('Position in document order; ties sort by id.') };
