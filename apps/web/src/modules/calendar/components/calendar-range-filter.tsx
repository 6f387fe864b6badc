import { useId } from 'react';
import type { SchoolScope } from '../utils/calendar-view';
import { SchoolScopePicker } from '../../../ui/school-scope-picker';

export interface CalendarRangeFilterProps {
  schools: { id: string; name: string }[];
  range: { from: string; to: string };
  scope: SchoolScope;
  onRange: (range: { from: string; to: string }) => void;
  onScope: (scope: SchoolScope) => void;
}

/** Which dates and which schools the list shows. */
export function CalendarRangeFilter({ schools, range, scope, onRange, onScope }: CalendarRangeFilterProps) {
  const id = useId();
  return (
    <div className="calendar-filter" role="group" aria-label="Show events">
      <div className="two-up">
        <div>
          <label htmlFor={`${id}-from`}>Show from</label>
          <input
            id={`${id}-from`}
            type="date"
            value={range.from}
            onChange={(e) => e.currentTarget.value && onRange({ ...range, from: e.currentTarget.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>Show to</label>
          <input
            id={`${id}-to`}
            type="date"
            value={range.to}
            onChange={(e) => e.currentTarget.value && onRange({ ...range, to: e.currentTarget.value })}
          />
        </div>
      </div>
      <SchoolScopePicker
        legend="Schools shown"
        wholeTrustLabel="The whole trust (every school)"
        schools={schools}
        value={scope}
        onChange={onScope}
      />
    </div>
  );
}
