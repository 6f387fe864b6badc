import { FormEvent, useId, useState } from 'react';
import type { ApiError } from '../../../api/graphql';
import { fieldOf } from '../../../api/field-error';
import type { CalendarEventKind } from '../../../gql/graphql';
import { FieldError } from '../../../ui/field-error';
import { ErrorNotice } from '../../../ui/status';
import { kindLabel } from '../../schools/utils/week';
import type { NewCalendarEvent } from '../hooks/use-calendar-edits';
import { addedSummary, addTargets, EVENT_KINDS, SchoolScope } from '../utils/calendar-view';
import { SchoolScopePicker } from '../../../ui/school-scope-picker';

export interface AddCalendarEventFormProps {
  schools: { id: string; name: string }[];
  isAdding: boolean;
  error: ApiError | null;
  /** Resolves with how many events went in. */
  onAdd: (event: NewCalendarEvent, targets: (string | null)[]) => Promise<number>;
}

// The range check names the ends "from" and "to"; the form's fields are the input's names.
const ALIASES = { from: 'startsOn', to: 'endsOn' };

/** Kind, title, dates, and where: the whole trust (one trust-wide event) or each chosen school. */
export function AddCalendarEventForm({ schools, isAdding, error, onAdd }: AddCalendarEventFormProps) {
  const id = useId();
  const [scope, setScope] = useState<SchoolScope>({ wholeTrust: true, schoolIds: [] });
  const [local, setLocal] = useState<{ field: string; message: string } | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  // A check made here (no start date, no school) shows as the server's refusals do, next to its field.
  const field = local?.field ?? fieldOf(error, ALIASES);
  const message = local?.message ?? error?.message ?? null;
  const fieldProps = (name: string) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': field === name || undefined,
    'aria-describedby': field === name ? `${id}-${name}-error` : undefined,
  });
  const errorFor = (name: string) => (
    <FieldError id={`${id}-${name}-error`} message={field === name ? message : null} />
  );

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const targets = addTargets(scope);
    const startsOn = String(form.get('startsOn') ?? '');
    setSummary(null);
    if (!startsOn) return setLocal({ field: 'startsOn', message: 'Choose the first day.' });
    if (!targets.length)
      return setLocal({ field: 'scope', message: 'Choose at least one school, or the whole trust.' });
    setLocal(null);
    const event: NewCalendarEvent = {
      kind: form.get('kind') as CalendarEventKind,
      title: String(form.get('title') ?? ''),
      startsOn,
      // A one-day event needs only its first day.
      endsOn: String(form.get('endsOn') || startsOn),
    };
    void onAdd(event, targets).then((added) => {
      setSummary(added ? addedSummary(added, targets) : null);
      if (added === targets.length) setKey((k) => k + 1);
    });
  }

  return (
    <form key={key} className="stacked" aria-label="Add a calendar event" onSubmit={handleSubmit} noValidate>
      <h2>Add an event</h2>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select {...fieldProps('kind')} defaultValue="INSET">
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      {errorFor('kind')}
      <label htmlFor={`${id}-title`}>Title</label>
      <input {...fieldProps('title')} placeholder="e.g. INSET day: safeguarding" />
      {errorFor('title')}
      <div className="two-up">
        <div>
          <label htmlFor={`${id}-startsOn`}>From</label>
          <input type="date" {...fieldProps('startsOn')} />
          {errorFor('startsOn')}
        </div>
        <div>
          <label htmlFor={`${id}-endsOn`}>To (inclusive; empty for one day)</label>
          <input type="date" {...fieldProps('endsOn')} />
          {errorFor('endsOn')}
        </div>
      </div>
      <SchoolScopePicker
        legend="For"
        wholeTrustLabel="The whole trust (one trust-wide event)"
        schools={schools}
        value={scope}
        onChange={setScope}
        error={field === 'scope' ? message : null}
      />
      <button type="submit" disabled={isAdding}>
        {isAdding ? 'Adding…' : 'Add event'}
      </button>
      {summary && (
        <p className="status" role="status">
          {summary}
        </p>
      )}
      {error && !field && <ErrorNotice message={error.message} />}
    </form>
  );
}
