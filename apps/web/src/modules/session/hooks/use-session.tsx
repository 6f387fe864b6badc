import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import { Session, SignInDocument, SwitchTrustDocument } from '../graphql/session.graphql';
import { endSession, renewalDelay, renewSession } from '../session-door';

interface SessionContextValue {
  session: Session | null;
  /** True while a reload asks the session cookie for a token: nothing is shown as signed out meanwhile. */
  restoring: boolean;
  signIn(email: string, password: string): Promise<void>;
  switchTrust(trustId: string): Promise<void>;
  /** Starts the session a sign-in gave (a password, an accepted invitation, a new trust). */
  adopt(session: Session): Promise<void>;
  /** The same session with new details (a new name). */
  update(session: Session): void;
  /** A new access token from the session cookie; signed out when the session has ended. */
  renew(): Promise<boolean>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The access token lives in memory only; the session cookie (HttpOnly) renews it a minute before it expires, and
 * after a reload. A refusal (UNAUTHENTICATED) from any request tries one renewal before signing out, so a changed
 * role or scope picks up its new token and a suspension or "sign out everywhere" ends the session.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(true);
  const renewing = useRef<Promise<boolean> | null>(null);

  const replace = useCallback(
    (next: Session | null) => {
      const { sessionHandoff: _handoff, ...kept } = next ?? ({} as Session);
      queryClient.clear();
      setSession(next ? (kept as Session) : null);
    },
    [queryClient],
  );

  const current = useRef(session);
  current.current = session;

  const renew = useCallback((): Promise<boolean> => {
    renewing.current ??= renewSession()
      .then((next) => {
        const was = current.current;
        // Another tab signed someone else in, or moved the session to another trust: nothing cached carries over.
        const elsewhere = !next || !was || next.user.id !== was.user.id || next.trust.id !== was.trust.id;
        if (elsewhere) replace(next);
        else setSession(next);
        return !!next;
      })
      .catch(() => true) // unreachable: keep the session, the next request retries
      .finally(() => {
        renewing.current = null;
      });
    return renewing.current;
  }, [replace]);

  useEffect(() => {
    void renewSession()
      .then((restored) => restored && setSession(restored))
      .catch(() => undefined)
      .finally(() => setRestoring(false));
  }, []);

  useEffect(() => {
    if (!session) return undefined;
    const timer = setTimeout(() => void renew(), renewalDelay(session.expiresAt as string));
    return () => clearTimeout(timer);
  }, [session, renew]);

  const value = useMemo<SessionContextValue>(() => {
    // The hand-off is exchanged for the session cookie before the session shows, so a reload (or a link opened)
    // straight after signing in finds the cookie set.
    const adopt = async (next: Session) => {
      const kept = next.sessionHandoff ? await renewSession(next.sessionHandoff).catch(() => null) : null;
      replace(kept ?? next);
    };
    return {
      session,
      restoring,
      async signIn(email, password) {
        await adopt((await requestGraphQL(SignInDocument, { email, password })).signIn);
      },
      async switchTrust(trustId) {
        try {
          const data = await requestGraphQL(SwitchTrustDocument, { trustId }, session?.accessToken);
          replace(data.switchTrust);
        } catch (error) {
          if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') replace(null);
          throw error;
        }
      },
      adopt,
      update: setSession,
      renew,
      async signOut() {
        replace(null);
        await endSession();
      },
    };
  }, [session, restoring, replace, renew]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
