/**
 * The scalars of the fast YAML reader (yaml-fast.ts): plain ones resolved by the YAML 1.2 core schema as the yaml
 * package resolves them, one-line quoted ones, and keys. Anything else throws BAIL: the yaml package reads it.
 */
export const BAIL = new Error('not in the fast subset');

export function bail(): never {
  throw BAIL;
}

const PLAIN_KEY = /^(?:[A-Za-z_][A-Za-z0-9_-]*|0|[1-9][0-9]{0,14})$/;
/** Plain keys that would not read as the string they spell. */
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const DQ = /"((?:[^"\\]|\\.)*)"/y;
const SQ = /'((?:[^']|'')*)'/y;
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/;

/** Trailing spaces off (not other white space, which YAML keeps). */
export function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === 32) j++;
  return j;
}

export function quoted(text: string, i: number): { value: string; to: number } {
  const re = text[i] === '"' ? DQ : SQ;
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) bail();
  return { value: re === DQ ? doubleQuoted(m[1]!) : m[1]!.replace(/''/g, "'"), to: re.lastIndex };
}

/** A double-quoted scalar's text, when it uses only the escapes JSON has (the others go to the yaml package). */
export function doubleQuoted(body: string): string {
  if (!body.includes('\\')) return body;
  if (JSON_ESCAPES.test(body)) bail();
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return bail();
  }
}

export function plainKey(raw: string): string {
  if (!PLAIN_KEY.test(raw) || SPECIAL_KEY.test(raw)) bail();
  return raw;
}

/** A plain scalar by the YAML 1.2 core schema, as the yaml package resolves it. */
export function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // Every number starts with a digit, a sign or a dot.
  const numeric = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  // Most values are words: a first character no null (~, n, N), boolean (t, T, f, F) or number starts with.
  if (!numeric && s.length > 0 && c !== 126 && c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (!numeric) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.endsWith('nan') || s.endsWith('NaN') || s.endsWith('NAN') ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
    return parseFloat(s);
  return s;
}
