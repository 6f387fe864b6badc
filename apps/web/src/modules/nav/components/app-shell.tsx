import { Outlet, useLocation } from '@tanstack/react-router';
import { useSetupNeeded } from '../../setup/hooks/use-setup';
import { useSession } from '../../session/hooks/use-session';
import { SetupPage } from '../../../pages/setup-page';
import { SignInPage } from '../../../pages/sign-in-page';
import { AppHeader } from './app-header';

/** Pages for people who are not signed in (yet): opening an invitation, a forgotten password. */
const PUBLIC_PATHS = ['/invitation', '/forgot-password', '/reset-password', '/confirm-email', '/sso'];

/**
 * Signed out: the sign-in page at any URL (a shared link opens once signed in), or first-run setup on an install
 * with no trust yet. Signed in: header, then the page.
 */
export function AppShell() {
  const { session } = useSession();
  const pathname = useLocation({ select: (l) => l.pathname });
  const setupNeeded = useSetupNeeded(!session).data;
  if (!session && PUBLIC_PATHS.includes(pathname)) return <Outlet />;
  if (!session) return setupNeeded ? <SetupPage /> : <SignInPage />;
  return (
    <>
      <AppHeader />
      <Outlet />
    </>
  );
}
