import { useEffect } from 'react';
import { RouterProvider } from '@tanstack/react-router';
import { useSession } from './modules/session/hooks/use-session';
import { router } from './router';
import { ReconnectingBanner } from './ui/reconnecting-banner';

/**
 * The routed dashboard. The router reads the signed-in role from its context; when the session changes (sign
 * in, sign out, another trust) every route is checked again, so a page the new role may not open redirects.
 */
export function App() {
  const { session, restoring } = useSession();
  const role = session?.role ?? null;
  const trustId = session?.trust.id;
  useEffect(() => {
    void router.invalidate();
  }, [role, trustId]);
  if (restoring)
    return (
      <p className="restoring" role="status">
        Opening TrustOps…
      </p>
    );
  return (
    <>
      <ReconnectingBanner />
      <RouterProvider router={router} context={{ role }} />
    </>
  );
}
