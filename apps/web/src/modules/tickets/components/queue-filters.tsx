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
      <label>
        School
        <select value={choice.schoolId} onChange={(e) => set('schoolId')(e.target.value)}>
          <option value="">All my schools</option>
          {schools.data?.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Priority
        <select value={choice.priority} onChange={(e) => set('priority')(e.target.value)}>
          <option value="">Any</option>
          {PRIORITIES.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select value={choice.kind} onChange={(e) => set('kind')(e.target.value)}>
          <option value="">Any</option>
          {TICKET_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace('_', ' ').toLowerCase()}
            </option>
          ))}
        </select>
      </label>
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
