import { useId, useState } from 'react';
import { kindLabel } from '../../schools/utils/week';
import { dateSpan, ListedEvent } from '../utils/calendar-view';

export interface CalendarEventItemProps {
  event: ListedEvent;
  /** "Whole trust", or the school's name. */
  where: string;
  isRemoving: boolean;
  onRemove: (id: string) => void;
}

/** One event: kind, title, dates, where; Remove asks to confirm first (SLA clocks and freezes follow it). */
export function CalendarEventItem({ event, where, isRemoving, onRemove }: CalendarEventItemProps) {
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <article className="calendar-event" aria-labelledby={titleId}>
      <span className={`badge kind-${event.kind.toLowerCase()}`}>{kindLabel(event.kind)}</span>
      <h4 id={titleId}>{event.title}</h4>
      <p className="muted">
        <span data-testid="event-dates">{dateSpan(event.startsOn, event.endsOn)}</span> · {where}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Remove ${event.title}?`}>
          <p>
            Remove “{event.title}” ({where})? SLA clocks and change freezes stop counting it.
          </p>
          <button type="button" autoFocus disabled={isRemoving} onClick={() => onRemove(event.id)}>
            Yes, remove
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Remove <span className="visually-hidden">{event.title}</span>
        </button>
      )}
    </article>
  );
}
