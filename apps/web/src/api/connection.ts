import { useSyncExternalStore } from 'react';

/** Codes a read can simply try again: the network dropped, or TrustOps (or a part of it) is restarting. */
export const isRetryable = (code: string) =>
  code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE' || code === 'BAD_RESPONSE';

/** Waits between retries of a read: 1, 2, 4, 8 s, then every 10 s, with jitter so tabs do not retry together. */
export const retryDelay = (attempt: number, random = Math.random) =>
  Math.min(1000 * 2 ** attempt, 10_000) * (0.75 + random() / 2);

let reconnecting = false;
const listeners = new Set<() => void>();

/** Every answer says whether TrustOps is reachable; the banner follows the latest. */
export function reportReachable(reachable: boolean): void {
  if (reconnecting === !reachable) return;
  reconnecting = !reachable;
  listeners.forEach((listener) => listener());
}

export function useReconnecting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reconnecting,
  );
}
