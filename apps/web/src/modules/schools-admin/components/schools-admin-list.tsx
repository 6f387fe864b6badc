import type { AdminSchool } from '../hooks/use-schools-admin';
import { closedOn, phaseLabel } from '../utils/school-input';

export interface SchoolsAdminListProps {
  schools: AdminSchool[];
  onEdit: (school: AdminSchool) => void;
  onClose: (school: AdminSchool) => void;
}

/** The trust's schools as a table that scrolls inside its own box on a narrow screen (the page never does). */
export function SchoolsAdminList({ schools, onEdit, onClose }: SchoolsAdminListProps) {
  return (
    <div className="table-scroll" role="region" aria-label="Schools of the trust" tabIndex={0}>
      <table className="admin-schools">
        <caption>
          {schools.length} {schools.length === 1 ? 'school' : 'schools'}
        </caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col">URN</th>
            <th scope="col">Phase</th>
            <th scope="col">Local authority</th>
            <th scope="col">Sites</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {schools.map((school) => (
            <tr key={school.id} className={school.closedAt ? 'closed' : undefined}>
              <th scope="row">
                {school.name}
                {school.closedAt && <span className="badge closed-badge">{closedOn(school.closedAt)}</span>}
              </th>
              <td>{school.urn}</td>
              <td>{phaseLabel(school.phase)}</td>
              <td>{school.localAuthority}</td>
              <td>{school.sites.map((s) => s.name).join(', ') || '—'}</td>
              <td className="row-actions">
                <button type="button" className="secondary" onClick={() => onEdit(school)}>
                  Edit <span className="visually-hidden">{school.name}</span>
                </button>
                {!school.closedAt && (
                  <button type="button" className="secondary danger" onClick={() => onClose(school)}>
                    Close <span className="visually-hidden">{school.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
