import { useMemo, useState } from 'react';
import { AddCalendarEventForm } from '../modules/calendar/components/add-calendar-event-form';
import { CalendarEventList } from '../modules/calendar/components/calendar-event-list';
import { CalendarRangeFilter } from '../modules/calendar/components/calendar-range-filter';
import { useCalendarEdits } from '../modules/calendar/hooks/use-calendar-edits';
import { useTrustCalendar } from '../modules/calendar/hooks/use-trust-calendar';
import { defaultRange, SchoolScope, schoolsToRead } from '../modules/calendar/utils/calendar-view';
import { useSchools } from '../modules/schools/hooks/use-schools';
import { londonDate } from '../modules/schools/utils/week';
import { ErrorNotice, Loading } from '../ui/status';

/** The trust's school calendars for the IT director: see a range for one school, several or all; add and remove. */
export function CalendarPage() {
  const schools = useSchools();
  const list = useMemo(() => schools.data?.schools ?? [], [schools.data]);
  const names = useMemo(() => new Map(list.map((s) => [s.id, s.name])), [list]);
  const [range, setRange] = useState(() => defaultRange(londonDate(new Date())));
  const [scope, setScope] = useState<SchoolScope>({ wholeTrust: true, schoolIds: [] });
  const read = schoolsToRead(
    scope,
    list.map((s) => s.id),
  );
  const calendar = useTrustCalendar(read, range.from, range.to);
  const edits = useCalendarEdits();
  return (
    <main className="page calendar-page">
      <h1>Calendars</h1>
      <p className="muted">
        Terms, INSET days, exam windows, closures and freezes. The desk&apos;s SLA clocks and change freezes follow
        them.
      </p>
      {schools.isPending && <Loading>Loading schools…</Loading>}
      {schools.error && <ErrorNotice message={schools.error.message} onRetry={() => void schools.refetch()} />}
      {schools.data && (
        <div className="calendar-layout">
          <section aria-label="Events">
            <CalendarRangeFilter schools={list} range={range} scope={scope} onRange={setRange} onScope={setScope} />
            {calendar.isPending && read.length > 0 && <Loading>Loading events…</Loading>}
            {calendar.error && <ErrorNotice message={calendar.error.message} />}
            {!read.length && <p className="status">Choose one or more schools to see their events.</p>}
            {!calendar.isPending && !calendar.error && read.length > 0 && (
              <CalendarEventList
                events={calendar.events}
                schoolNames={names}
                isRemoving={edits.isRemoving}
                onRemove={(id) => void edits.removeEvent(id)}
              />
            )}
            {edits.removeError && <ErrorNotice message={edits.removeError.message} />}
          </section>
          <AddCalendarEventForm
            schools={list}
            isAdding={edits.isAdding}
            error={edits.addError}
            onAdd={edits.addEvent}
          />
        </div>
      )}
    </main>
  );
}
