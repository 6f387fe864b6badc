import { useSchools } from '../../schools/hooks/use-schools';
import { PeopleChoice, ROLE_OPTIONS } from '../utils/people-labels';

export interface PeopleFiltersProps {
  choice: PeopleChoice;
  onChange: (choice: PeopleChoice) => void;
}

/** Words, role, school and status; each change starts again from the first page. */
export function PeopleFilters({ choice, onChange }: PeopleFiltersProps) {
  const schools = useSchools();
  const set = (key: keyof PeopleChoice) => (value: string) => onChange({ ...choice, [key]: value });
  return (
    <div className="filters" role="group" aria-label="Filter people">
      <label>
        Name or email
        <input type="search" value={choice.text} onChange={(e) => set('text')(e.target.value)} placeholder="e.g. fox" />
      </label>
      <label>
        Role
        <select value={choice.role} onChange={(e) => set('role')(e.target.value)}>
          <option value="">Any</option>
          {ROLE_OPTIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        School
        <select value={choice.schoolId} onChange={(e) => set('schoolId')(e.target.value)}>
          <option value="">Any</option>
          {schools.data?.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select value={choice.status} onChange={(e) => set('status')(e.target.value)}>
          <option value="">Any</option>
          <option value="ACTIVE">Active</option>
          <option value="INVITED">Invited</option>
          <option value="SUSPENDED">Suspended</option>
        </select>
      </label>
    </div>
  );
}
