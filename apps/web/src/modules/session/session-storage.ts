import type { Session } from './graphql/session.graphql';

const KEY = 'trustops.session';

/** sessionStorage: a reload keeps you signed in; closing the tab signs you out. */
export const loadSession = (): Session | null => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
};

export const saveSession = (session: Session | null) =>
  session ? sessionStorage.setItem(KEY, JSON.stringify(session)) : sessionStorage.removeItem(KEY);
