import { useId } from 'react';
import type { SchoolScope } from './school-scope';

export type { SchoolScope };

export interface SchoolScopePickerProps {
  legend: string;
  /** What "the whole trust" means here: every school's events, or one trust-wide event. */
  wholeTrustLabel: string;
  schools: { id: string; name: string }[];
  value: SchoolScope;
  onChange: (scope: SchoolScope) => void;
  /** A refusal about the choice (no school chosen). */
  error?: string | null;
}

/** The whole trust, or some of its schools (one, several): radios, then a checkbox per school. */
export function SchoolScopePicker({
  legend,
  wholeTrustLabel,
  schools,
  value,
  onChange,
  error,
}: SchoolScopePickerProps) {
  const name = useId();
  const errorId = `${name}-error`;
  function handleToggle(schoolId: string, checked: boolean) {
    const schoolIds = checked ? [...value.schoolIds, schoolId] : value.schoolIds.filter((id) => id !== schoolId);
    onChange({ wholeTrust: false, schoolIds });
  }
  return (
    <fieldset className="scope" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <label className="inline">
        <input
          type="radio"
          name={name}
          checked={value.wholeTrust}
          onChange={() => onChange({ ...value, wholeTrust: true })}
        />
        {wholeTrustLabel}
      </label>
      <label className="inline">
        <input
          type="radio"
          name={name}
          checked={!value.wholeTrust}
          onChange={() => onChange({ ...value, wholeTrust: false })}
        />
        Chosen schools ({value.schoolIds.length})
      </label>
      {!value.wholeTrust && (
        <div className="scope-schools" role="group" aria-label={`${legend}: schools`}>
          {schools.map((s) => (
            <label key={s.id} className="inline">
              <input
                type="checkbox"
                checked={value.schoolIds.includes(s.id)}
                onChange={(e) => handleToggle(s.id, e.currentTarget.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
