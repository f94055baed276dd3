/**
 * The shapes of the notifications the server acts on, checked before they reach the protocol library, whose
 * document sync reads `params.textDocument.uri` of whatever arrives and throws on anything else. A notification
 * has no answer, so one that is not of its shape is dropped (and named in the log). Requests are checked where
 * they are answered (index.ts), as they must get an answer either way.
 */
type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const index: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const integer: Check = (v) => Number.isSafeInteger(v);
const string: Check = (v) => typeof v === 'string';
const shape =
  (fields: Record<string, Check>, optional: readonly string[] = []): Check =>
  (v) =>
    isObject(v) && Object.entries(fields).every(([k, check]) => (optional.includes(k) && v[k] === undefined) || check(v[k]));
const list =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);

const position = shape({ line: index, character: index });
const range = shape({ start: position, end: position });
const change: Check = (v) => shape({ text: string })(v) && shape({ range, rangeLength: index }, ['range', 'rangeLength'])(v);
const documentId = shape({ uri: string });

const NOTIFICATIONS: Record<string, Check> = {
  'textDocument/didOpen': shape({ textDocument: shape({ uri: string, languageId: string, version: integer, text: string }) }),
  'textDocument/didChange': shape({ textDocument: shape({ uri: string, version: integer }), contentChanges: list(change) }),
  'textDocument/didClose': shape({ textDocument: documentId }),
  'textDocument/didSave': shape({ textDocument: documentId }),
  // The library reads `params.id.toString()` of a cancellation as it arrives: anything else killed the server.
  '$/cancelRequest': shape({ id: (v) => integer(v) || string(v) }),
  'workspace/didChangeWatchedFiles': shape({ changes: list(shape({ uri: string, type: integer })) }),
};

/** Whether a message may go on: anything but a notification above that is not of its shape. */
export function wellFormed(m: object): boolean {
  const message = m as { id?: unknown; method?: unknown; params?: unknown };
  if (message.id !== undefined || typeof message.method !== 'string' || !Object.hasOwn(NOTIFICATIONS, message.method)) return true;
  return NOTIFICATIONS[message.method]!(message.params);
}
