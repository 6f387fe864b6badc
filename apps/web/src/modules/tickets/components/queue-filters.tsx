import { ChoiceSelect } from '../../../ui/choice-select';
import { useSchools } from '../../schools/hooks/use-schools';
import { PRIORITIES, QueueChoice, QueueSort, TICKET_KINDS } from '../utils/queue-filter';

export interface QueueFiltersProps {
  choice: QueueChoice;
  sort: QueueSort;
  onChange: (choice: QueueChoice) => void;
  onSort: (sort: QueueSort) => void;
}

/** School, priority, kind, words and order; each change starts again from the first page. */
export function QueueFilters({ choice, sort, onChange, onSort }: QueueFiltersProps) {
  const schools = useSchools();
  const set = (key: keyof QueueChoice) => (value: string) => onChange({ ...choice, [key]: value });
  return (
    <div className="filters" role="group" aria-label="Filter">
      <ChoiceSelect
        label="School"
        value={choice.schoolId}
        anyLabel="All my schools"
        options={(schools.data?.schools ?? []).map((s) => ({ value: s.id, label: s.name }))}
        onChange={set('schoolId')}
      />
      <ChoiceSelect
        label="Priority"
        value={choice.priority}
        anyLabel="Any"
        options={PRIORITIES.map((p) => ({ value: p, label: p }))}
        onChange={set('priority')}
      />
      <ChoiceSelect
        label="Kind"
        value={choice.kind}
        anyLabel="Any"
        options={TICKET_KINDS.map((k) => ({ value: k, label: k.replace('_', ' ').toLowerCase() }))}
        onChange={set('kind')}
      />
      <label>
        Words
        <input
          type="search"
          value={choice.text}
          onChange={(e) => set('text')(e.target.value)}
          placeholder="e.g. projector"
        />
      </label>
      <label>
        Order
        <select value={sort} onChange={(e) => onSort(e.target.value as QueueSort)}>
          <option value="DUE_SOONEST">Due soonest</option>
          <option value="NEWEST">Newest</option>
        </select>
      </label>
    </div>
  );
}
