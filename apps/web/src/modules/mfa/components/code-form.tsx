import { FormEvent, useId } from 'react';
import { ErrorNotice } from '../../../ui/status';

interface CodeFormProps {
  /** The form's name (for assistive technology): what the code is for. */
  name: string;
  label: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onCode(code: string): void;
}

/** One code, typed or pasted from an authenticator app (six digits) or a recovery code. */
export function CodeForm({ name, label, hint, submitLabel, busy, error, onCode }: CodeFormProps) {
  const id = useId();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onCode(String(new FormData(event.currentTarget).get('code')).trim());
  }
  return (
    <form className="stacked" aria-label={name} onSubmit={handleSubmit}>
      <label htmlFor={`${id}-code`}>{label}</label>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      <input
        id={`${id}-code`}
        name="code"
        autoComplete="one-time-code"
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        required
        autoFocus
      />
      {error && <ErrorNotice message={error} />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
