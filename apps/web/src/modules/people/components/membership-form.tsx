import { FormEvent, ReactNode, useState } from 'react';
import type { ApiError } from '../../../api/graphql';
import { useFormFields } from '../../../ui/use-form-fields';
import { SchoolScope, SchoolScopePicker } from '../../../ui/school-scope-picker';
import { ErrorNotice } from '../../../ui/status';
import { ROLE_OPTIONS } from '../utils/people-labels';

export interface MembershipFields {
  email: string;
  displayName: string;
  role: string;
  schoolIds: string[] | null;
  educatorLead: boolean;
}

export interface MembershipFormProps {
  /** The form's accessible name and heading: "Invite someone", "Edit Dana Fox". */
  title: string;
  submitLabel: string;
  /** Editing a member: name and email are theirs, not the director's, to change. */
  initial?: MembershipFields;
  schools: { id: string; name: string }[];
  isPending: boolean;
  error: ApiError | null;
  onSubmit: (fields: MembershipFields) => void;
  /** Shown under the title (where an edited member's details come from). */
  about?: ReactNode;
  onCancel?: () => void;
}

/** Who (for an invitation), their role, the schools they cover and whether they are an educator lead. */
export function MembershipForm(props: MembershipFormProps) {
  const { title, submitLabel, initial, schools, isPending, error, onSubmit, onCancel, about } = props;
  const [scope, setScope] = useState<SchoolScope>({
    wholeTrust: !initial?.schoolIds,
    schoolIds: initial?.schoolIds ?? [],
  });
  const { id, onField, input, errorFor } = useFormFields(error, ['email', 'displayName', 'role', 'schoolIds']);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({
      email: String(form.get('email') ?? initial?.email ?? ''),
      displayName: String(form.get('displayName') ?? initial?.displayName ?? ''),
      role: String(form.get('role')),
      schoolIds: scope.wholeTrust ? null : scope.schoolIds,
      educatorLead: form.get('educatorLead') === 'on',
    });
  }
  return (
    <form className="stacked" aria-label={title} onSubmit={handleSubmit}>
      <h2>{title}</h2>
      {about}
      {!initial && (
        <>
          <label htmlFor={`${id}-email`}>Email</label>
          <input {...input('email')} type="email" autoComplete="off" required />
          {errorFor('email')}
          <label htmlFor={`${id}-displayName`}>Name</label>
          <input {...input('displayName')} autoComplete="off" required />
          {errorFor('displayName')}
        </>
      )}
      <label htmlFor={`${id}-role`}>Role</label>
      <select {...input('role')} defaultValue={initial?.role ?? 'STAFF'}>
        {ROLE_OPTIONS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      {errorFor('role')}
      <SchoolScopePicker
        legend="Schools they cover"
        wholeTrustLabel="Every school of the trust"
        schools={schools}
        value={scope}
        onChange={setScope}
        error={onField === 'schoolIds' ? error!.message : null}
      />
      <label className="inline">
        <input type="checkbox" name="educatorLead" defaultChecked={initial?.educatorLead} />
        Educator lead (may consent to changes in a freeze at their schools)
      </label>
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && !onField && <ErrorNotice message={error.message} />}
    </form>
  );
}
