import { Link, useRouterState } from '@tanstack/react-router';
import { ROLE_LABELS } from '@trustops/contracts';
import { useSession } from '../../session/hooks/use-session';
import { TrustSwitcher } from '../../session/components/trust-switcher';
import { navFor } from '../nav-items';

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
        <Link to="/profile" aria-current={pathname === '/profile' ? 'page' : undefined}>
          {session.user.displayName} · {ROLE_LABELS[session.role] ?? session.role}
        </Link>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}
