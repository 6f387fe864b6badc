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

export interface AppHeaderProps {
  current: string;
}

export function AppHeader({ current }: AppHeaderProps) {
  const { session, signOut } = useSession();
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
          <a key={item.path} href={`#/${item.path}`} aria-current={item.path === current ? 'page' : undefined}>
            {item.label}
          </a>
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
