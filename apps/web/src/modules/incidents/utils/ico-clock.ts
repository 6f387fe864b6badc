/** What the ICO panel says (pure, tested): time left to the 72-hour deadline, or how late, or that it is done. */
export function icoStatus(
  deadline: string | null,
  notifiedAt: string | null,
  now: Date,
): { text: string; tone: 'ok' | 'warn' | 'bad' } | null {
  if (!deadline) return null;
  if (notifiedAt) return { text: 'ICO notified', tone: 'ok' };
  const minutes = Math.round((new Date(deadline).getTime() - now.getTime()) / 60_000);
  const span = (m: number) => `${Math.floor(Math.abs(m) / 60)} h ${Math.abs(m) % 60} m`;
  if (minutes < 0) return { text: `ICO deadline passed ${span(minutes)} ago`, tone: 'bad' };
  return { text: `${span(minutes)} left to tell the ICO`, tone: minutes <= 24 * 60 ? 'warn' : 'ok' };
}
