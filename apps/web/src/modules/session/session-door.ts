import { ApiError } from '../../api/graphql';
import type { Session } from './graphql/session.graphql';

const DOOR = '/files/directory/session';

/**
 * Renewals from every tab of this browser take turns (the Web Locks API): the refresh token is replaced at each
 * use, and a second tab sending the one just replaced would end the session as a copy.
 */
interface Locks {
  request<T>(name: string, work: () => Promise<T>): Promise<T>;
}

function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  return locks ? locks.request('trustops-session', work) : work();
}

/**
 * A new access token from the session cookie (HttpOnly: script never sees it), or from a sign-in's one-time
 * hand-off, which sets that cookie. Null: there is no session (signed out, ended, expired). A network failure
 * or a restart throws, so a reconnecting dashboard is not signed out.
 */
export function renewSession(handoff?: string | null): Promise<Session | null> {
  return oneTabAtATime(async () => {
    let response: Response;
    try {
      response = await fetch(`${DOOR}/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(handoff ? { handoff } : {}),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError('NETWORK', 'TrustOps cannot be reached. Check your connection and try again.');
    }
    if (response.status === 400 || response.status === 401) return null;
    if (!response.ok) throw new ApiError('SERVICE_UNAVAILABLE', 'TrustOps is restarting; try again in a moment.');
    return (await response.json()) as Session;
  });
}

/** Ends this browser's session (its cookie goes with it); nothing to do when there is none. */
export async function endSession(): Promise<void> {
  await fetch(`${DOOR}/end`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  }).catch(() => undefined);
}

/** When to renew: a minute before the access token expires, and not sooner than in five seconds. */
export const renewalDelay = (expiresAt: string, now = Date.now()): number =>
  Math.max(5_000, new Date(expiresAt).getTime() - now - 60_000);
