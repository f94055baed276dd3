/**
 * The protocol's framing (a `Content-Length` header, a blank line, a JSON body), read forgivingly. A frame whose
 * header has no length, whose body is not a JSON object, or whose length lies is dropped, named in the log, and
 * the reader goes on at the next header, so one bad frame never holds up the ones after it. (The reader of
 * vscode-jsonrpc stops at a bad header until more bytes arrive, and follows a lying length into the next frame.)
 *
 * Finding the next header is sound because a JSON text can never hold one: `Content-Length: 12` followed by a raw
 * CR LF is neither JSON outside a string (letters) nor inside one (a raw CR).
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, type DataCallback, Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';
import { wellFormed } from './shapes.js';

/** Far above any real message (a content file is read up to 5 MB); a larger length is taken for a lie. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;
/** Bytes of garbage kept while no header end is in sight: enough for any real header. */
const HEADER_ROOM = 4096;

/** A whole length header: fresh for every search, as a global regular expression keeps where it stopped. */
const header = () => /Content-Length:[ \t]*(\d+)[ \t]*\r\n/gi;
/** Where a header may still be arriving at the end of `text` (the start of its last 64 characters at most), or -1. */
function headerArriving(text: string): number {
  for (let i = Math.max(0, text.length - 64); i < text.length; i++) {
    const rest = text.slice(i);
    if ('content-length:'.startsWith(rest.toLowerCase()) || /^Content-Length:[ \t]*\d*[ \t]*\r?$/i.test(rest)) return i;
  }
  return -1;
}

/**
 * JSON-RPC allows only an object or an array as `params`; any other value is taken as absent, which the
 * protocol library handles (it reads `params.workDoneToken` of whatever comes, and `null` made it throw).
 */
function structured(message: object): Message {
  const m = message as { params?: unknown };
  if ('params' in m && (typeof m.params !== 'object' || m.params === null)) delete m.params;
  return m as Message;
}

export class FrameReader extends AbstractMessageReader implements MessageReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Length of the body being read; undefined while reading a header. */
  private need: number | undefined;
  /** How far the body being read was searched for a header. */
  private scanned = 0;
  private callback: DataCallback | undefined;

  constructor(
    private readonly input: Readable,
    private readonly log: (line: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const data = (chunk: Buffer) => this.onData(chunk);
    const close = () => this.fireClose();
    this.input.on('data', data);
    this.input.on('end', close);
    this.input.on('close', close);
    this.input.on('error', (e: Error) => this.fireError(e));
    return Disposable.create(() => {
      this.input.off('data', data);
      this.callback = undefined;
    });
  }

  /** Feed bytes (exposed for tests of the framing alone). */
  onData(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    while (this.need === undefined ? this.header() : this.body());
  }

  /** One header, if a whole one is there; false when more bytes are needed. */
  private header(): boolean {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0) {
      if (this.buf.length > HEADER_ROOM) this.drop(this.buf.length - HEADER_ROOM, 'bytes without a header');
      return false;
    }
    const block = this.buf.toString('latin1', 0, end + 2);
    this.buf = this.buf.subarray(end + 4);
    // The last length in the block: garbage before a real header is skipped with it.
    const lengths = [...block.matchAll(header())];
    const length = lengths.length > 0 ? Number(lengths[lengths.length - 1]![1]) : Number.NaN;
    if (!(length <= MAX_FRAME_BYTES)) {
      this.log(`planwerk: dropped a frame header without a usable Content-Length (${JSON.stringify(block.slice(0, 80))})`);
      return true;
    }
    if (lengths.length > 1 || block.slice(0, lengths[0]!.index).trim() !== '') this.log('planwerk: skipped bytes before a frame header');
    this.need = length;
    this.scanned = 0;
    return true;
  }

  /** One body, if the whole of it is there; false when more bytes are needed. */
  private body(): boolean {
    const need = this.need!;
    // A header that starts before the body's end: the length lied (or the frame was cut short). Searched from
    // where the last search ended (less the length of a header), so a large body arriving in parts costs O(n).
    const from = Math.max(0, this.scanned - 64);
    const end = Math.min(this.buf.length, need + HEADER_ROOM);
    const text = this.buf.toString('latin1', from, end);
    this.scanned = end;
    const next = header().exec(text);
    if (next && from + next.index < need) {
      this.need = undefined;
      this.drop(from + next.index, `a frame whose Content-Length (${need}) is not its length`);
      return true;
    }
    if (this.buf.length < need) return false;
    let message: unknown;
    try {
      message = JSON.parse(new TextDecoder('utf-8').decode(this.buf.subarray(0, need)));
    } catch {
      // Not JSON: a header may be arriving that starts inside this body (a lying length); wait for the rest.
      const tail = end === this.buf.length ? headerArriving(text) : -1;
      if (tail >= 0 && from + tail < need) {
        this.scanned = from + tail;
        return false;
      }
    }
    this.buf = this.buf.subarray(need);
    this.need = undefined;
    if (typeof message === 'object' && message !== null && !Array.isArray(message)) {
      const m = structured(message);
      if (wellFormed(m)) this.deliver(m);
      else this.log(`planwerk: dropped a ${String((m as { method?: unknown }).method)} notification that is not of its shape`);
    } else this.log(`planwerk: dropped a frame whose body is not a JSON object (${need} bytes)`);
    return true;
  }

  /** To the connection; a message it throws on is named and dropped, the server goes on (it is never worth a crash). */
  private deliver(m: Message): void {
    try {
      this.callback?.(m);
    } catch (e) {
      this.log(`planwerk: dropped a message the protocol library could not take: ${(e as Error).message}`);
    }
  }

  private drop(bytes: number, what: string): void {
    this.buf = this.buf.subarray(bytes);
    this.log(`planwerk: dropped ${what}`);
  }
}
