/** Roadmap helpers (pure, tested): grouping by objective, moving with the keyboard, money as a CEO reads it. */
export const HORIZONS = ['NOW', 'NEXT', 'LATER'] as const;

export function groupByObjective<T extends { objectives: { id: string; title: string }[] }>(
  items: T[],
): { title: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const title = item.objectives[0]?.title ?? 'Other';
    groups.set(title, [...(groups.get(title) ?? []), item]);
  }
  return [...groups].map(([title, grouped]) => ({ title, items: grouped }));
}

/** The lane an initiative moves to with ← / →, or null at the edge. */
export function laneBeside(horizon: string, direction: -1 | 1): (typeof HORIZONS)[number] | null {
  const i = HORIZONS.indexOf(horizon as (typeof HORIZONS)[number]);
  return HORIZONS[i + direction] ?? null;
}

export const pounds = (n: number) => (n >= 1000 ? `£${Math.round(n / 1000)}k` : `£${n}`);
