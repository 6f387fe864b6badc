import { FormEvent, useState } from 'react';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import { useFormFields } from '../../../ui/use-form-fields';
import { UpdateProfileDocument } from '../graphql/account.graphql';

/** Your name as every trust you belong to shows it; the header follows at once. */
export function NameForm() {
  const { session, update } = useSession();
  const rename = useGraphQLMutation(UpdateProfileDocument, () => []);
  const [saved, setSaved] = useState(false);
  const { id, onField, input, errorFor } = useFormFields(rename.error, ['displayName']);
  if (!session) return null;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = String(new FormData(event.currentTarget).get('displayName'));
    setSaved(false);
    void succeeded(
      rename.mutateAsync({ displayName }).then((answer) => {
        update({ ...session!, user: { ...session!.user, displayName: answer.updateProfile.displayName } });
      }),
    ).then(setSaved);
  }
  return (
    <form className="stacked" aria-label="Your name" onSubmit={handleSubmit}>
      <h2>Your name</h2>
      <label htmlFor={`${id}-displayName`}>Name</label>
      <input {...input('displayName')} defaultValue={session.user.displayName} autoComplete="name" required />
      {errorFor('displayName')}
      {rename.error && !onField && <ErrorNotice message={rename.error.message} />}
      <div className="actions">
        <button type="submit" disabled={rename.isPending}>
          {rename.isPending ? 'Saving…' : 'Save name'}
        </button>
      </div>
      {saved && (
        <p className="status" role="status">
          Your name is saved in every trust you belong to.
        </p>
      )}
    </form>
  );
}
