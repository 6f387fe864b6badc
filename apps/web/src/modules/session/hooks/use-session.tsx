import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import { Session, SignInDocument, SwitchTrustDocument } from '../graphql/session.graphql';
import { loadSession, saveSession } from '../session-storage';

interface SessionContextValue {
  session: Session | null;
  signIn(email: string, password: string): Promise<void>;
  switchTrust(trustId: string): Promise<void>;
  /** Starts the session another way gave (an accepted invitation). */
  adopt(session: Session): void;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(loadSession);

  const replace = useCallback(
    (next: Session | null) => {
      saveSession(next);
      queryClient.clear();
      setSession(next);
    },
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      async signIn(email, password) {
        const data = await requestGraphQL(SignInDocument, { email, password });
        replace(data.signIn);
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
      adopt: (next) => replace(next),
      signOut: () => replace(null),
    }),
    [session, replace],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
