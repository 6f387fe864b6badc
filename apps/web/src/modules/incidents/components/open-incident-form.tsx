import { FormEvent, useState } from 'react';
import { useSchools } from '../../schools/hooks/use-schools';
import { ErrorNotice } from '../../../ui/status';
import type { IncidentType, Severity } from '../../../gql/graphql';
import { useOpenIncident } from '../hooks/use-incidents';

/** Open an incident; a data breach starts the ICO clock from when the trust became aware. */
export function OpenIncidentForm() {
  const schools = useSchools();
  const open = useOpenIncident();
  const [formKey, setFormKey] = useState(0);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const aware = String(form.get('awareAt') ?? '');
    void open
      .open({
        title: String(form.get('title') ?? ''),
        description: String(form.get('description') ?? ''),
        type: form.get('type') as IncidentType,
        severity: form.get('severity') as Severity,
        schoolIds: form.getAll('schoolIds').map(String),
        ...(aware ? { awareAt: new Date(aware).toISOString() } : {}),
      })
      .then((opened) => opened && setFormKey((k) => k + 1));
  }
  return (
    <form key={formKey} className="raise" aria-label="Open an incident" onSubmit={handleSubmit}>
      <h2>Open an incident</h2>
      <label>
        Title
        <input name="title" required maxLength={200} />
      </label>
      <label>
        Description
        <textarea name="description" rows={2} />
      </label>
      <label>
        Type
        <select name="type" defaultValue="OUTAGE">
          {['OUTAGE', 'SECURITY', 'DATA_BREACH', 'OTHER'].map((t) => (
            <option key={t} value={t}>
              {t.replace('_', ' ').toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select name="severity" defaultValue="SEV3">
          {['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Schools
        <select name="schoolIds" multiple required size={4}>
          {schools.data?.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Became aware (empty: now)
        <input type="datetime-local" name="awareAt" />
      </label>
      {open.error && <ErrorNotice message={open.error.message} />}
      <button type="submit" disabled={open.isPending}>
        Open incident
      </button>
    </form>
  );
}
