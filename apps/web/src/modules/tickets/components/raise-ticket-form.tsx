import { FormEvent, useState } from 'react';
import { useSchools } from '../../schools/hooks/use-schools';
import type { RaiseTicketInput } from '../../../gql/graphql';
import { useArticleSuggestions } from '../hooks/use-tickets';
import { useRaiseTicket } from '../hooks/use-ticket-actions';
import { ErrorNotice } from '../../../ui/status';
import { useDebounced } from '../../../ui/use-debounced';
import { ArticleList } from './article-list';

const KINDS = [
  ['FAULT', 'Something is broken'],
  ['SERVICE_REQUEST', 'I need something'],
  ['HOW_TO', 'How do I…?'],
  ['ENABLEMENT', 'How can I achieve…?'],
];
const CATEGORIES = ['NETWORK', 'DEVICES', 'PRINTING', 'ACCOUNTS', 'SOFTWARE', 'EXAMS', 'AV', 'FILTERING', 'OTHER'];
const LEVELS = ['LOW', 'MEDIUM', 'HIGH'];

export function RaiseTicketForm() {
  const schools = useSchools();
  const raise = useRaiseTicket();
  const [formKey, setFormKey] = useState(0);
  const [kind, setKind] = useState('FAULT');
  const [subject, setSubject] = useState('');
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const question = useDebounced(kind === 'HOW_TO' ? subject : '');
  const suggestions = useArticleSuggestions(question, schoolId ?? schools.data?.schools[0]?.id ?? null);

  /** Read the fields from the form itself: what the person sees is what is sent. */
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form's names are RaiseTicketInput's fields and its options the schema's enum values.
    const input = Object.fromEntries(new FormData(event.currentTarget).entries()) as unknown as RaiseTicketInput;
    void raise.raise(input).then((raised) => {
      if (!raised) return;
      setFormKey((k) => k + 1);
      setSubject('');
      setKind('FAULT');
    });
  }

  return (
    <form key={formKey} className="raise" onSubmit={handleSubmit} aria-label="Raise a ticket">
      <h2>Raise a ticket</h2>
      <label>
        School
        <select name="schoolId" required onChange={(e) => setSchoolId(e.target.value)}>
          {schools.data?.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        What kind of request
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Subject
        <input name="subject" required maxLength={200} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      {kind === 'HOW_TO' && question && (
        <ArticleList
          articles={suggestions.data?.suggestArticles ?? []}
          heading="Before you send it: these may answer your question"
        />
      )}
      <label>
        Description
        <textarea name="description" rows={4} />
      </label>
      <label>
        Category
        <select name="category" defaultValue="OTHER">
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        How many people are affected
        <select name="impact" defaultValue="MEDIUM">
          {LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      <label>
        How urgent
        <select name="urgency" defaultValue="MEDIUM">
          {LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      {raise.error && <ErrorNotice message={raise.error.message} />}
      {raise.isSuccess && <p role="status">Ticket raised. We will reply here.</p>}
      <button type="submit" disabled={raise.isPending || !schools.data?.schools.length}>
        Raise ticket
      </button>
    </form>
  );
}
