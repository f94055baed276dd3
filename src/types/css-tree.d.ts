/**
 * The part of css-tree (no types of its own) that src/core/stylesheet.ts uses: the parser, the walker, the
 * generator and the identifier decoder, each from its own entry point so the lexer's data is not loaded.
 */
declare module 'css-tree/parser' {
  import type { CssNode } from 'css-tree/walker';

  interface ParseOptions {
    context?: 'stylesheet' | 'declarationList' | 'value';
    positions?: boolean;
    parseValue?: boolean;
    parseCustomProperty?: boolean;
    onParseError?: (error: Error) => void;
  }
  export default function parse(text: string, options?: ParseOptions): CssNode;
}

declare module 'css-tree/walker' {
  export interface CssLocation {
    start: { offset: number; line: number; column: number };
    end: { offset: number; line: number; column: number };
  }
  /** A node of the tree: its type, and the fields the checks read. */
  export interface CssNode {
    type: string;
    loc?: CssLocation | null;
    /** Function, Atrule, PseudoElementSelector, TypeSelector… */
    name?: string;
    /** Declaration. */
    property?: string;
    /** Url and String: decoded; Raw: as written; Declaration: its value node. */
    value?: string | CssNode;
    prelude?: CssNode | null;
    children?: { toArray(): CssNode[] } | null;
  }
  export interface WalkContext {
    atrule: CssNode | null;
    rule: CssNode | null;
    declaration: CssNode | null;
    function: CssNode | null;
  }
  export default function walk(ast: CssNode, visit: (this: WalkContext, node: CssNode) => void): void;
}

declare module 'css-tree/generator' {
  import type { CssNode } from 'css-tree/walker';
  export default function generate(ast: CssNode): string;
}

declare module 'css-tree/utils' {
  export const ident: { decode(s: string): string };
}
