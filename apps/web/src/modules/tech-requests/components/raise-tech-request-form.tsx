import { FormEvent, useState } from 'react';
import { useSchools } from '../../schools/hooks/use-schools';
import { ErrorNotice } from '../../../ui/status';
import type { RaiseTechRequestInput } from '../../../gql/graphql';
import { useRaiseTechRequest } from '../hooks/use-tech-requests';

const KINDS = [
  ['APP', 'An app'],
  ['WEBSITE', 'A website unblocked'],
  ['DEVICE', 'A device'],
  ['CHANGE', 'A change'],
  ['OTHER', 'Something else'],
];

/** Ask for something, saying what you want to achieve: the decision is made on the goal, not the product. */
export function RaiseTechRequestForm() {
  const schools = useSchools();
  const raise = useRaiseTechRequest();
  const [formKey, setFormKey] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form's names are RaiseTechRequestInput's fields (empty ones left out) and its options the enum's values.
    const input = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].filter(([, v]) => v !== ''),
    ) as unknown as RaiseTechRequestInput;
    void raise.raise(input).then((raised) => raised && setFormKey((k) => k + 1));
  }

  return (
    <form key={formKey} className="raise" aria-label="Ask for something" onSubmit={handleSubmit}>
      <h2>Ask for something</h2>
      <label>
        School
        <select name="schoolId" required>
          {schools.data?.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        What
        <select name="kind" defaultValue="APP">
          {KINDS.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title
        <input name="title" required maxLength={200} />
      </label>
      <label>
        What do you want to achieve?
        <textarea name="goal" rows={3} required />
      </label>
      <label>
        Why does it matter?
        <textarea name="reason" rows={2} />
      </label>
      <label>
        App name (if any)
        <input name="appName" />
      </label>
      {raise.error && <ErrorNotice message={raise.error.message} />}
      {raise.isSuccess && <p role="status">Sent. You will see the decision, with its reasons, here.</p>}
      <button type="submit" disabled={raise.isPending}>
        Send request
      </button>
    </form>
  );
}
