/**
 * Stable, readable YAML for the files the commands write: keys in the order given (the order of the docs'
 * examples), short structures in flow style as the shipped content writes them, labels quoted.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

export interface YamlStyle {
  /** Paths written in flow style, `{a: b}` or `[a, b]`; `*` stands for any list index (`goals.*`). */
  flow?: readonly string[];
  /** Paths of texts always written in double quotes (section numbers such as "2.10"). */
  quoted?: readonly string[];
}

const DEFAULT_STYLE: Required<YamlStyle> = {
  flow: ['ratings', 'timing', 'fixed.timing', 'goals.*', 'fixed.goals.*', 'municipalities', 'years'],
  quoted: ['number'],
};

function style(node: unknown, path: string, s: Required<YamlStyle>): void {
  if (isMap(node)) {
    if (s.flow.includes(path)) node.flow = true;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`;
      if (isScalar(pair.value) && s.quoted.includes(child) && typeof pair.value.value === 'string') pair.value.type = 'QUOTE_DOUBLE';
      style(pair.value, child, s);
    }
  } else if (isSeq(node)) {
    if (s.flow.includes(path)) node.flow = true;
    for (const item of node.items) style(item, `${path}.*`, s);
  }
}

/** YAML text of `data`; undefined values are left out. Same data, same text. */
export function yamlText(data: Record<string, unknown>, extra: YamlStyle = {}): string {
  const doc = new Document(data, { version: '1.2' });
  const s = { flow: [...DEFAULT_STYLE.flow, ...(extra.flow ?? [])], quoted: [...DEFAULT_STYLE.quoted, ...(extra.quoted ?? [])] };
  style(doc.contents as Node, '', s);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A Markdown content file: front matter, then the body (if any). */
export function markdownFile(data: Record<string, unknown>, body: string, extra: YamlStyle = {}): string {
  const front = `---\n${yamlText(data, extra)}---\n`;
  return body.trim() === '' ? front : `${front}\n${body.trim()}\n`;
}
