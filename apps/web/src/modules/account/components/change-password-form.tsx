import { FormEvent, useState } from 'react';
import { succeeded } from '../../../api/use-graphql-mutation';
import { ErrorNotice } from '../../../ui/status';
import { useFormFields } from '../../../ui/use-form-fields';
import { useSession } from '../../session/hooks/use-session';
import { useChangePassword } from '../hooks/use-passwords';

/**
 * Your own password: the current one, then the new one; the form clears once it is saved. Every other session
 * ends with the change; this one renews its token from its cookie and goes on.
 */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const { renew } = useSession();
  const [key, setKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const { id, onField, input, errorFor } = useFormFields(change.error, ['currentPassword', 'password'], ['password']);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    void succeeded(
      change.mutateAsync({
        currentPassword: String(form.get('currentPassword')),
        newPassword: String(form.get('password')),
      }),
    ).then(async (ok) => {
      if (!ok || !(await renew())) return;
      setSaved(true);
      setKey((k) => k + 1);
    });
  }
  return (
    <form key={key} className="stacked" aria-label="Change your password" onSubmit={handleSubmit}>
      <h2>Change your password</h2>
      <label htmlFor={`${id}-currentPassword`}>Current password</label>
      <input {...input('currentPassword')} type="password" autoComplete="current-password" required />
      {errorFor('currentPassword')}
      <label htmlFor={`${id}-password`}>New password</label>
      <span id={`${id}-password-hint`} className="hint">
        At least 12 characters; a few unrelated words are strong and easy to remember.
      </span>
      <input {...input('password')} type="password" autoComplete="new-password" required />
      {errorFor('password')}
      {change.error && !onField && <ErrorNotice message={change.error.message} />}
      <div className="actions">
        <button type="submit" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : 'Change password'}
        </button>
      </div>
      {saved && (
        <p className="status" role="status">
          Your password is changed, and you are signed out everywhere else.
        </p>
      )}
    </form>
  );
}
