import type { PersonRow } from '../hooks/use-people';
import { roleLabel, scopeLabel, statusLabel } from '../utils/people-labels';

export interface PeopleTableProps {
  people: PersonRow[];
  total: number;
  schools: { id: string; name: string }[];
  /** The signed-in director: nobody changes or suspends themselves. */
  selfId: string | null;
  onEdit: (person: PersonRow) => void;
  onSuspend: (person: PersonRow) => void;
  onRestore: (person: PersonRow) => void;
  onResend: (person: PersonRow) => void;
  onRevoke: (person: PersonRow) => void;
}

/** The trust's people and open invitations; scrolls inside its own box on a phone. */
export function PeopleTable({ people, total, schools, selfId, ...on }: PeopleTableProps) {
  const now = new Date();
  return (
    <div className="table-scroll" role="region" aria-label="People of the trust" tabIndex={0}>
      <table className="admin-schools people">
        <caption>
          {total} {total === 1 ? 'person' : 'people'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Schools</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className={p.status === 'SUSPENDED' ? 'closed' : undefined}>
              <th scope="row">
                {p.displayName}
                <span className="muted block">{p.email}</span>
              </th>
              <td>
                {roleLabel(p.role)}
                {p.educatorLead && <span className="muted block">Educator lead</span>}
              </td>
              <td>{scopeLabel(p.schoolIds, schools)}</td>
              <td>{statusLabel(p, now)}</td>
              <td className="row-actions">
                {p.userId && p.userId !== selfId && (
                  <>
                    <button type="button" className="secondary" onClick={() => on.onEdit(p)}>
                      Edit <span className="visually-hidden">{p.displayName}</span>
                    </button>
                    {p.status === 'SUSPENDED' ? (
                      <button type="button" className="secondary" onClick={() => on.onRestore(p)}>
                        Restore <span className="visually-hidden">{p.displayName}</span>
                      </button>
                    ) : (
                      <button type="button" className="secondary danger" onClick={() => on.onSuspend(p)}>
                        Suspend <span className="visually-hidden">{p.displayName}</span>
                      </button>
                    )}
                  </>
                )}
                {p.invitationId && (
                  <>
                    <button type="button" className="secondary" onClick={() => on.onResend(p)}>
                      Resend <span className="visually-hidden">invitation to {p.displayName}</span>
                    </button>
                    <button type="button" className="secondary danger" onClick={() => on.onRevoke(p)}>
                      Revoke <span className="visually-hidden">invitation to {p.displayName}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
