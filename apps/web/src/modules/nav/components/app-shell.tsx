import { Outlet } from '@tanstack/react-router';
import { useSession } from '../../session/hooks/use-session';
import { SignInPage } from '../../../pages/sign-in-page';
import { AppHeader } from './app-header';

/** Signed out: the sign-in page at any URL (a shared link opens once signed in). Signed in: header, then the page. */
export function AppShell() {
  const { session } = useSession();
  if (!session) return <SignInPage />;
  return (
    <>
      <AppHeader />
      <Outlet />
    </>
  );
}
