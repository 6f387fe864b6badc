/** The board's range and phase in the URL (`/board?from=2026-09-01&to=2026-09-28&phase=PRIMARY`); defaults left out. */
export const PHASES = ['PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL'] as const;

export interface BoardSearch {
  from?: string;
  to?: string;
  phase?: (typeof PHASES)[number];
}

const isoDay = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function boardSearch(raw: Record<string, unknown>): BoardSearch {
  const found: BoardSearch = {
    from: isoDay(raw.from),
    to: isoDay(raw.to),
    phase: PHASES.find((p) => p === raw.phase),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as BoardSearch;
}
