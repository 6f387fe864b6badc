import type { School } from '../hooks/use-schools';
import type { WeekDay } from '../utils/week';
import { WeekStrip } from './week-strip';

const PHASES: Record<string, string> = {
  PRIMARY: 'Primary',
  SECONDARY: 'Secondary',
  SPECIAL: 'Special',
  ALL_THROUGH: 'All-through',
};

export interface SchoolsTableProps {
  schools: School[];
  week: WeekDay[];
}

export function SchoolsTable({ schools, week }: SchoolsTableProps) {
  return (
    <table className="schools">
      <caption>
        {schools.length} {schools.length === 1 ? 'school' : 'schools'}
      </caption>
      <thead>
        <tr>
          <th scope="col">School</th>
          <th scope="col">Phase</th>
          <th scope="col">URN</th>
          <th scope="col">Local authority</th>
          <th scope="col">This week</th>
        </tr>
      </thead>
      <tbody>
        {schools.map((school) => (
          <tr key={school.id}>
            <th scope="row">{school.name}</th>
            <td>{PHASES[school.phase] ?? school.phase}</td>
            <td>{school.urn}</td>
            <td>{school.localAuthority}</td>
            <td>
              <WeekStrip schoolId={school.id} schoolName={school.name} week={week} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
