const LABELS: Record<string, string> = {
  ON_TRACK: 'On track',
  WARNING: 'Due soon',
  BREACHED: 'Breached',
  MET: 'Met',
  PAUSED: 'Paused',
};

export const slaLabel = (state: string) => LABELS[state] ?? state;

/**
 * "2 h 5 m left", "40 m late": working time on the resolution clock, counted in the school's hours (the server
 * skips nights, weekends, holidays and closures), so it is never shown in days.
 */
export function timeLeft(minutes: number | null, state: string): string {
  if (minutes === null || state === 'MET' || state === 'PAUSED') return '';
  const abs = Math.abs(minutes);
  const text = abs >= 60 ? `${Math.floor(abs / 60)} h ${abs % 60} m` : `${abs} m`;
  return minutes < 0 ? `${text} late` : `${text} left`;
}

/** j/k move the selection through `count` rows, clamped at the ends. */
export function moveSelection(current: number, key: string, count: number): number {
  if (!count) return -1;
  if (key === 'j') return Math.min(count - 1, current + 1);
  if (key === 'k') return Math.max(0, current - 1);
  return current;
}
