/** Pure rules of initiatives (table-tested): status moves, RAG reasons, dependency cycles. */
export type Horizon = 'NOW' | 'NEXT' | 'LATER';
export type InitiativeStatus = 'PROPOSED' | 'APPROVED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
export type Rag = 'GREEN' | 'AMBER' | 'RED';

const MOVES: Record<InitiativeStatus, InitiativeStatus[]> = {
  PROPOSED: ['APPROVED', 'DROPPED'],
  APPROVED: ['IN_PROGRESS', 'DROPPED'],
  IN_PROGRESS: ['DONE', 'DROPPED'],
  DONE: [],
  DROPPED: ['PROPOSED'],
};

export type Check = { ok: true } | { ok: false; code: string; message: string };

export function checkStatus(from: InitiativeStatus, to: InitiativeStatus, rag: Rag, reason: string | null): Check {
  if (from !== to && !MOVES[from].includes(to)) {
    return {
      ok: false,
      code: 'INITIATIVE_STATUS_MOVE',
      message: `A ${from} initiative can become ${MOVES[from].join(' or ') || 'nothing else'}, not ${to}`,
    };
  }
  if (rag !== 'GREEN' && !reason?.trim())
    return { ok: false, code: 'BAD_USER_INPUT', message: `Say why it is ${rag}: the reason is what leaders act on` };
  return { ok: true };
}

/** Would `from` depending on `to` close a loop? True when `to` already (transitively) depends on `from`. */
export function wouldCycle(edges: { from: string; to: string }[], from: string, to: string): string[] | null {
  if (from === to) return [from, to];
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const path: string[] = [];
  const seen = new Set<string>();
  const walk = (node: string): boolean => {
    if (node === from) return true;
    if (seen.has(node)) return false;
    seen.add(node);
    path.push(node);
    for (const n of next.get(node) ?? []) if (walk(n)) return true;
    path.pop();
    return false;
  };
  return walk(to) ? [from, ...path, from] : null;
}
