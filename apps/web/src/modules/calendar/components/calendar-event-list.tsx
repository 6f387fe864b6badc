import { Empty } from '../../../ui/status';
import { groupByMonth, ListedEvent } from '../utils/calendar-view';
import { CalendarEventItem } from './calendar-event-item';

export interface CalendarEventListProps {
  events: ListedEvent[];
  schoolNames: Map<string, string>;
  isRemoving: boolean;
  onRemove: (id: string) => void;
}

/** The range's events by the month they start in, each a card (one column on a phone). */
export function CalendarEventList({ events, schoolNames, isRemoving, onRemove }: CalendarEventListProps) {
  if (!events.length) return <Empty>No events in these dates.</Empty>;
  return (
    <div className="calendar-list">
      <p className="muted" role="status">
        {events.length} {events.length === 1 ? 'event' : 'events'}
      </p>
      {groupByMonth(events).map((group) => (
        <section key={group.month} aria-label={group.label}>
          <h3>{group.label}</h3>
          <ul>
            {group.events.map((event) => (
              <li key={event.id}>
                <CalendarEventItem
                  event={event}
                  where={event.schoolId ? (schoolNames.get(event.schoolId) ?? 'A school') : 'Whole trust'}
                  isRemoving={isRemoving}
                  onRemove={onRemove}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
