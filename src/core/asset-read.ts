/**
 * A referred file as the I/O layer read it. Apart from the checks of assets.ts, so that what only records files
 * (src/run/file-record.ts, src/io/assets.ts) loads neither the link model nor the schemas: a build found up to
 * date loads this, not zod.
 */

/** Over this a file is measured, not read: an error (asset/over-limit), and nothing is embedded. */
export const HARD_LIMIT = 10 * 1024 * 1024;

/** A file over HARD_LIMIT, as the I/O layer found it: its size only. */
export interface Unread {
  unread: 'over-limit';
  size: number;
}
/** A referred file as read: its bytes, its size when too large to read, or undefined when not there. */
export type ReadResult = Uint8Array | Unread | undefined;
export const isUnread = (r: ReadResult): r is Unread => r !== undefined && !(r instanceof Uint8Array);
