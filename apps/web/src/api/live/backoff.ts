/** How long to wait before reconnect attempt `attempt` (0 = first): doubling from 3 s to 60 s, with ±25% jitter so tabs do not reconnect in step. */
export function reconnectDelay(attempt: number, random = Math.random()): number {
  const base = Math.min(60_000, 3000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random * 0.5));
}
