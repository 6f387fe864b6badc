import { FormEvent, useState } from 'react';
import { useSchools } from '../../schools/hooks/use-schools';
import { ErrorNotice } from '../../../ui/status';
import type { ChangeRisk } from '../../../gql/graphql';
import { useCreateChange } from '../hooks/use-changes';

/** A new change as a draft: what, where, how risky, the plan and the way back. */
export function CreateChangeForm() {
  const schools = useSchools();
  const create = useCreateChange();
  const [formKey, setFormKey] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    void create
      .create({
        title: text('title'),
        description: text('description'),
        schoolIds: form.getAll('schoolIds').map(String),
        risk: text('risk') as ChangeRisk,
        classroomImpact: form.get('classroomImpact') === 'on',
        plan: text('plan'),
        backoutPlan: text('backoutPlan'),
      })
      .then((created) => created && setFormKey((k) => k + 1));
  }

  return (
    <form key={formKey} className="raise" aria-label="New change" onSubmit={handleSubmit}>
      <h2>New change</h2>
      <label>
        Title
        <input name="title" required maxLength={200} />
      </label>
      <label>
        Description
        <textarea name="description" rows={2} />
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
        Risk
        <select name="risk" defaultValue="LOW">
          {['LOW', 'MEDIUM', 'HIGH'].map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" name="classroomImpact" /> Affects classrooms
      </label>
      <label>
        Plan
        <textarea name="plan" rows={2} required />
      </label>
      <label>
        Back-out plan
        <textarea name="backoutPlan" rows={2} required />
      </label>
      {create.error && <ErrorNotice message={create.error.message} />}
      <button type="submit" disabled={create.isPending}>
        Save draft
      </button>
    </form>
  );
}
