import { FormEvent } from 'react';
import { useSetUpTrust } from '../modules/setup/hooks/use-setup';
import { ErrorNotice } from '../ui/status';
import { useFormFields } from '../ui/use-form-fields';

const FIELDS = ['trustName', 'trustCode', 'directorName', 'email', 'password'];

/** A fresh install's first page: the trust and its first IT director, who is then signed in. */
export function SetupPage() {
  const setUp = useSetUpTrust();
  const error = setUp.error;
  const { id, onField, input, errorFor } = useFormFields(error, FIELDS, ['trustCode', 'password']);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    setUp.mutate({
      trustName: value('trustName'),
      trustCode: value('trustCode'),
      directorName: value('directorName'),
      email: value('email'),
      password: value('password'),
    });
  }
  return (
    <main className="sign-in setup">
      <h1>Set up TrustOps</h1>
      <p className="tagline">
        Name your trust and create the first IT director account. You can add schools and invite people next.
      </p>
      <form onSubmit={handleSubmit} aria-label="Set up your trust" className="stacked">
        <h2>Your trust</h2>
        <label htmlFor={`${id}-trustName`}>Trust name</label>
        <input {...input('trustName')} required autoComplete="organization" />
        {errorFor('trustName')}
        <label htmlFor={`${id}-trustCode`}>Trust code</label>
        <span id={`${id}-trustCode-hint`} className="hint">
          2 to 6 letters; every ticket number starts with it, e.g. NLT-1042.
        </span>
        <input {...input('trustCode')} required maxLength={6} autoCapitalize="characters" />
        {errorFor('trustCode')}
        <h2>The first IT director (you)</h2>
        <label htmlFor={`${id}-directorName`}>Your name</label>
        <input {...input('directorName')} required autoComplete="name" />
        {errorFor('directorName')}
        <label htmlFor={`${id}-email`}>Email</label>
        <input {...input('email')} type="email" required autoComplete="username" />
        {errorFor('email')}
        <label htmlFor={`${id}-password`}>Password</label>
        <span id={`${id}-password-hint`} className="hint">
          At least 12 characters; a few unrelated words are strong and easy to remember.
        </span>
        <input {...input('password')} type="password" required autoComplete="new-password" />
        {errorFor('password')}
        {error && !onField && <ErrorNotice message={error.message} />}
        <button type="submit" disabled={setUp.isPending}>
          {setUp.isPending ? 'Setting up…' : 'Create trust'}
        </button>
      </form>
    </main>
  );
}
