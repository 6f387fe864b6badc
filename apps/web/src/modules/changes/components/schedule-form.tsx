import { FormEvent, useState } from 'react';
import { ErrorNotice } from '../../../ui/status';
import { useScheduleChange } from '../hooks/use-changes';
import { londonTime, toInstant, toLocalInput } from '../utils/local-time';

/** Pick a window; a freeze refusal shows its reason and offers the next free window in one click. */
export function ScheduleForm({ changeId }: { changeId: string }) {
  const schedule = useScheduleChange(changeId);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const error = schedule.error;
  const offer = error?.details.nextFreeWindow as { start: string; end: string } | undefined;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void schedule.schedule(toInstant(start), toInstant(end));
  }

  return (
    <form className="schedule" aria-label="Schedule the change" onSubmit={handleSubmit}>
      <label>
        Start
        <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required />
      </label>
      <label>
        End
        <input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} required />
      </label>
      <button type="submit" disabled={schedule.isPending}>
        Schedule
      </button>
      {error && <ErrorNotice message={error.message} />}
      {offer && (
        <button
          type="button"
          className="off"
          onClick={() => {
            setStart(toLocalInput(offer.start));
            setEnd(toLocalInput(offer.end));
            schedule.reset();
          }}
        >
          Use {londonTime(offer.start)} instead
        </button>
      )}
    </form>
  );
}
