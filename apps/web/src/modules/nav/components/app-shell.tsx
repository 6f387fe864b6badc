import { Outlet, useLocation } from '@tanstack/react-router';
import { useSession } from '../../session/hooks/use-session';
import { SignInPage } from '../../../pages/sign-in-page';
import { AppHeader } from './app-header';

/** Pages for people who are not signed in (yet): opening an invitation. */
const PUBLIC_PATHS = ['/invitation'];

/** Signed out: the sign-in page at any URL (a shared link opens once signed in). Signed in: header, then the page. */
export function AppShell() {
  const { session } = useSession();
  const pathname = useLocation({ select: (l) => l.pathname });
  if (!session && PUBLIC_PATHS.includes(pathname)) return <Outlet />;
  if (!session) return <SignInPage />;
  return (
    <>
      <AppHeader />
      <Outlet />
    </>
  );
}
