import { useCalendar } from '../hooks/use-calendar';
import { dayStatus, eventsOn, WeekDay } from '../utils/week';

export interface WeekStripProps {
  schoolId: string;
  schoolName: string;
  week: WeekDay[];
}

/** This week's school days for one school: term, INSET, half term, bank holiday, exams or closure. */
export function WeekStrip({ schoolId, schoolName, week }: WeekStripProps) {
  const { data, error, isPending } = useCalendar(schoolId, week[0].date, week[4].date);
  if (isPending) return <span className="muted">Loading…</span>;
  if (error)
    return (
      <span className="inline-error" role="alert">
        {error.message}
      </span>
    );
  return (
    <ol className="week-strip" aria-label={`This week at ${schoolName}`}>
      {week.map((day) => {
        const events = eventsOn(data.calendar, day.date);
        const status = dayStatus(events);
        return (
          <li
            key={day.date}
            className={`day day-${status.toLowerCase().replace(/\s+/g, '-')}`}
            title={events.map((e) => e.title).join(', ') || 'No school'}
          >
            <span className="day-label">{day.label}</span>
            <span className="day-status">{status}</span>
          </li>
        );
      })}
    </ol>
  );
}
