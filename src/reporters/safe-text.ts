/**
 * Text taken from content, made safe for a terminal and for readers. Control characters (C0 but tab, DEL, C1)
 * are written as `\x1b`, the bidirectional marks, overrides and isolates and the line and paragraph separators as
 * `\u202e`: content then cannot move the cursor, clear the screen, set the title, write the clipboard (OSC 52),
 * hide a line or reorder what a reviewer reads (“Trojan Source”). Escapes are ASCII, so they show in any terminal
 * and can be searched for in the file.
 */

const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// In JSON text the C0 characters are escaped by JSON.stringify already; these are not.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** One line of text with every unsafe character escaped (a newline too: a message is one line). */
export const safeText = (s: string): string => s.replace(UNSAFE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));

/**
 * JSON text with the characters JSON.stringify leaves raw written as `\u` escapes: the same data for a
 * parser, and nothing a terminal acts on when the JSON is printed.
 */
export const safeJson = (json: string): string => json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
