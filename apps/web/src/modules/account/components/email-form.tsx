import { FormEvent, useState } from 'react';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { ErrorNotice } from '../../../ui/status';
import { useFormFields } from '../../../ui/use-form-fields';
import { RequestEmailChangeDocument } from '../graphql/account.graphql';

/**
 * A new email: your password proves it is you, a link to the new address proves it is yours. Until it is
 * opened you sign in (and are mailed) as before; the old address is told.
 */
export function EmailForm() {
  const ask = useGraphQLMutation(RequestEmailChangeDocument, () => []);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  const { id, onField, input, errorFor } = useFormFields(ask.error, ['newEmail', 'currentPassword']);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newEmail = String(form.get('newEmail')).trim();
    setSentTo(null);
    void succeeded(ask.mutateAsync({ newEmail, password: String(form.get('currentPassword')) })).then((ok) => {
      if (!ok) return;
      setSentTo(newEmail);
      setKey((k) => k + 1);
    });
  }
  return (
    <form key={key} className="stacked" aria-label="Change your email" onSubmit={handleSubmit}>
      <h2>Change your email</h2>
      <label htmlFor={`${id}-newEmail`}>New email</label>
      <input {...input('newEmail')} type="email" autoComplete="email" required />
      {errorFor('newEmail')}
      <label htmlFor={`${id}-currentPassword`}>Your password</label>
      <input {...input('currentPassword')} type="password" autoComplete="current-password" required />
      {errorFor('currentPassword')}
      {ask.error && !onField && <ErrorNotice message={ask.error.message} />}
      <div className="actions">
        <button type="submit" disabled={ask.isPending}>
          {ask.isPending ? 'Sending…' : 'Send confirmation link'}
        </button>
      </div>
      {sentTo && (
        <p className="status" role="status">
          We sent a link to {sentTo}. Open it within 24 hours to start using that address; until then nothing changes.
        </p>
      )}
    </form>
  );
}
