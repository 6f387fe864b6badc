import { useState } from 'react';
import { useDebounced } from '../../../ui/use-debounced';
import { useApprovedApps } from '../hooks/use-tech-requests';

/** Look in the approved-apps register before asking: most answers are already there. */
export function RegisterSearch() {
  const [text, setText] = useState('');
  const apps = useApprovedApps(useDebounced(text));
  return (
    <section aria-label="Approved apps" className="register">
      <h2>Approved apps</h2>
      <label>
        Search the register
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. quiz" />
      </label>
      <ul>
        {apps.data?.approvedApps.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>{' '}
            <span className="muted">
              ({a.vendor}) {a.purpose}
            </span>{' '}
            <span className="badge">DPIA {a.dpiaStatus.replace('_', ' ').toLowerCase()}</span>
          </li>
        ))}
        {apps.data && !apps.data.approvedApps.length && <li className="muted">Nothing approved matches; ask below.</li>}
      </ul>
    </section>
  );
}
