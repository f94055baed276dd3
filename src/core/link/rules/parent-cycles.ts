import type { Location } from '../../diagnostics/index.js';
import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

interface Node {
  parent: string | undefined;
  at: Location;
}

/** Find each cycle once, in linear time: walk parents, colouring nodes as on-path or done. */
export function findCycles(nodes: Map<string, Node>): string[][] {
  const state = new Map<string, 'path' | 'done'>();
  const cycles: string[][] = [];
  for (const start of [...nodes.keys()].sort()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && nodes.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'path') {
        cycles.push(path.slice(path.indexOf(id)));
        break;
      }
      state.set(id, 'path');
      path.push(id);
      id = nodes.get(id)!.parent;
    }
    for (const p of path) state.set(p, 'done');
  }
  return cycles;
}

export const parentCycles: Rule = {
  name: 'parent-cycles',
  description: 'Parents of goals, actions and regions never form a cycle.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    // Located only when in a cycle (a getter): a large content has thousands of parents and no cycle.
    const node = (d: { data: { parent?: string | undefined }; locate: (path: string[]) => Location }): Node => ({
      parent: d.data.parent,
      get at() {
        return d.locate(['parent']);
      },
    });
    const groups: Map<string, Node>[] = [
      new Map(ctx.goals.map((g) => [g.data.id, node(g)])),
      new Map(ctx.actions.map((a) => [a.data.id, node(a)])),
      new Map(ctx.regions.map((r) => [r.data.id, node(r)])),
    ];
    for (const nodes of groups) {
      for (const cycle of findCycles(nodes)) {
        const sorted = [...cycle];
        // Start the cycle at its smallest id so the message does not depend on traversal order.
        const k = sorted.indexOf([...cycle].sort()[0]!);
        const ordered = [...sorted.slice(k), ...sorted.slice(0, k)];
        const ats = ordered.map((id) => nodes.get(id)!.at);
        out.push(diag('link/parent-cycle', { cycle: [...ordered, ordered[0]!] }, ats[0], ats.slice(1)));
      }
    }
    return out;
  },
};
