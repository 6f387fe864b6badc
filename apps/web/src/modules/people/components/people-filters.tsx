import { ChoiceSelect } from '../../../ui/choice-select';
import { useSchools } from '../../schools/hooks/use-schools';
import { PeopleChoice, ROLE_OPTIONS } from '../utils/people-labels';

export interface PeopleFiltersProps {
  choice: PeopleChoice;
  onChange: (choice: PeopleChoice) => void;
}

const STATUS_OPTIONS = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'INVITED', label: 'Invited' },
  { value: 'SUSPENDED', label: 'Suspended' },
];

/** Words, role, school and status; each change starts again from the first page. */
export function PeopleFilters({ choice, onChange }: PeopleFiltersProps) {
  const schools = useSchools().data?.schools ?? [];
  const set = (key: keyof PeopleChoice) => (value: string) => onChange({ ...choice, [key]: value });
  return (
    <div className="filters" role="group" aria-label="Filter people">
      <label>
        Name or email
        <input type="search" value={choice.text} onChange={(e) => set('text')(e.target.value)} placeholder="e.g. fox" />
      </label>
      <ChoiceSelect label="Role" value={choice.role} anyLabel="Any" options={ROLE_OPTIONS} onChange={set('role')} />
      <ChoiceSelect
        label="School"
        value={choice.schoolId}
        anyLabel="Any"
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
        onChange={set('schoolId')}
      />
      <ChoiceSelect
        label="Status"
        value={choice.status}
        anyLabel="Any"
        options={STATUS_OPTIONS}
        onChange={set('status')}
      />
    </div>
  );
}
