/** Pure rules of initiatives (table-tested): status moves, RAG reasons, dependency cycles, the roadmap's lanes. */
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

/** A refusal names its code: a move the status flow does not allow, or a missing reason (bad input). */
export type Check = { ok: true } | { ok: false; code: 'INITIATIVE_STATUS_MOVE' | 'BAD_USER_INPUT'; message: string };

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

export interface Lane<T> {
  initiatives: T[];
  capitalCost: number;
  revenueCost: number;
}

/** Now / next / later of the live initiatives (not done or dropped), in the order given, with cost totals. */
export function roadmapLanes<
  T extends { horizon: Horizon; status: InitiativeStatus; capitalCost: number; revenueCost: number },
>(rows: T[]): Record<'now' | 'next' | 'later', Lane<T>> {
  const live = rows.filter((i) => i.status !== 'DONE' && i.status !== 'DROPPED');
  const lane = (horizon: Horizon): Lane<T> => {
    const mine = live.filter((i) => i.horizon === horizon);
    return {
      initiatives: mine,
      capitalCost: mine.reduce((sum, r) => sum + r.capitalCost, 0),
      revenueCost: mine.reduce((sum, r) => sum + r.revenueCost, 0),
    };
  };
  return { now: lane('NOW'), next: lane('NEXT'), later: lane('LATER') };
}
