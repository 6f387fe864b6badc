import { Link, useRouterState } from '@tanstack/react-router';
import { useSession } from '../../session/hooks/use-session';
import { TrustSwitcher } from '../../session/components/trust-switcher';
import { navFor } from '../nav-items';

const ROLE_LABELS: Record<string, string> = {
  IT_DIRECTOR: 'IT director',
  TECHNICIAN: 'Technician',
  ENGINEER: 'Engineer',
  EXECUTIVE: 'Executive',
  STAFF: 'Staff',
  GOVERNOR: 'Governor',
  REVIEWER: 'Reviewer',
};

export function AppHeader() {
  const { session, signOut } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  if (!session) return null;
  return (
    <header className="app-header">
      <div className="brand">
        <strong>TrustOps</strong>
        <span className="trust-name" data-testid="trust-name">
          {session.trust.name}
        </span>
      </div>
      <nav aria-label="Main">
        {navFor(session.role).map((item) => (
          <Link
            key={item.path}
            to={`/${item.path}`}
            activeOptions={{ includeSearch: false }}
            aria-current={pathname === `/${item.path}` ? 'page' : undefined}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="who">
        <TrustSwitcher />
        <span>
          {session.user.displayName} · {ROLE_LABELS[session.role] ?? session.role}
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
