import { ChangeEvent, useState } from 'react';
import { useSession } from '../hooks/use-session';

/** Shown only to members of several trusts (an MSP technician, a fractional leader). */
export function TrustSwitcher() {
  const { session, switchTrust } = useSession();
  const [error, setError] = useState<string | null>(null);
  if (!session || session.memberships.length < 2) return null;

  async function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    setError(null);
    try {
      await switchTrust(event.target.value);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not switch trust');
    }
  }

  return (
    <span className="trust-switcher">
      <label htmlFor="trust">Trust</label>
      <select id="trust" value={session.trust.id} onChange={handleChange}>
        {session.memberships.map((m) => (
          <option key={m.trust.id} value={m.trust.id}>
            {m.trust.name}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="inline-error">
          {error}
        </span>
      )}
    </span>
  );
}
