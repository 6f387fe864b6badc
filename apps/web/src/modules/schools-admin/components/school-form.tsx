import { FormEvent } from 'react';
import type { ApiError } from '../../../api/graphql';
import { useFormFields } from '../../../ui/use-form-fields';
import { ErrorNotice } from '../../../ui/status';
import { PHASES, SchoolFields, schoolFields, siteNames } from '../utils/school-input';

export interface SchoolFormProps {
  /** The form's accessible name and heading: "Add a school", "Edit Oakfield Primary School". */
  title: string;
  submitLabel: string;
  initial?: SchoolFields;
  /** Only a new school takes its site names here. */
  withSites?: boolean;
  isPending: boolean;
  error: ApiError | null;
  onSubmit: (fields: SchoolFields, sites: string[]) => void;
  onCancel?: () => void;
}

/** Name, URN, phase, local authority (and sites for a new school); a refusal shows next to its field. */
export function SchoolForm(props: SchoolFormProps) {
  const { title, submitLabel, initial, withSites, isPending, error, onSubmit, onCancel } = props;
  const { id, onField, input, errorFor } = useFormFields(
    error,
    ['name', 'urn', 'phase', 'localAuthority', 'sites'],
    ['urn', 'sites'],
  );
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit(schoolFields(form), siteNames(String(form.get('sites') ?? '')));
  }
  return (
    <form className="stacked" aria-label={title} onSubmit={handleSubmit}>
      <h2>{title}</h2>
      <label htmlFor={`${id}-name`}>Name</label>
      <input {...input('name')} defaultValue={initial?.name} autoComplete="off" />
      {errorFor('name')}
      <label htmlFor={`${id}-urn`}>URN</label>
      <span id={`${id}-urn-hint`} className="hint">
        The DfE unique reference number: 6 digits.
      </span>
      <input {...input('urn')} defaultValue={initial?.urn} inputMode="numeric" autoComplete="off" />
      {errorFor('urn')}
      <label htmlFor={`${id}-phase`}>Phase</label>
      <select {...input('phase')} defaultValue={initial?.phase ?? 'PRIMARY'}>
        {PHASES.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      {errorFor('phase')}
      <label htmlFor={`${id}-localAuthority`}>Local authority</label>
      <input {...input('localAuthority')} defaultValue={initial?.localAuthority} />
      {errorFor('localAuthority')}
      {withSites && (
        <>
          <label htmlFor={`${id}-sites`}>Sites (optional)</label>
          <span id={`${id}-sites-hint`} className="hint">
            One per line, e.g. Main site.
          </span>
          <textarea {...input('sites')} rows={2} />
          {errorFor('sites')}
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {submitLabel}
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
