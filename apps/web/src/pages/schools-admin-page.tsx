import { useState } from 'react';
import { useSearch } from '@tanstack/react-router';
import { CloseSchoolConfirm } from '../modules/schools-admin/components/close-school-confirm';
import { SchoolForm } from '../modules/schools-admin/components/school-form';
import { SchoolsAdminList } from '../modules/schools-admin/components/schools-admin-list';
import { AdminSchool, useAdminSchools, useSchoolEdits } from '../modules/schools-admin/hooks/use-schools-admin';
import { changedFields, SchoolsAdminSearch } from '../modules/schools-admin/utils/school-input';
import { Empty, ErrorNotice, Loading } from '../ui/status';

/** The IT director's schools: add, edit and close; closed ones on request. */
export function SchoolsAdminPage() {
  // A roster preview's unknown school arrives named in the URL, ready to add.
  const named = useSearch({ from: '/admin/schools' });
  const [showClosed, setShowClosed] = useState(false);
  const { data, error, isPending, refetch } = useAdminSchools(showClosed);
  const edits = useSchoolEdits();
  const [editing, setEditing] = useState<AdminSchool | null>(null);
  const [closing, setClosing] = useState<AdminSchool | null>(null);
  const [addKey, setAddKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  function handleEdit(school: AdminSchool) {
    edits.updating.reset();
    setClosing(null);
    setEditing(school);
  }
  function handleClose(school: AdminSchool) {
    edits.closing.reset();
    setEditing(null);
    setClosing(school);
  }
  return (
    <main className="page schools-admin">
      <h1>School admin</h1>
      <div className="admin-layout">
        <section aria-label="Schools">
          <label className="inline">
            <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />
            Show closed
          </label>
          {notice && (
            <p className="status" role="status">
              {notice}
            </p>
          )}
          {isPending && <Loading>Loading schools…</Loading>}
          {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
          {data &&
            (data.schools.length ? (
              <SchoolsAdminList schools={data.schools} onEdit={handleEdit} onClose={handleClose} />
            ) : (
              <Empty>No schools yet: add the first one.</Empty>
            ))}
          {closing && (
            <CloseSchoolConfirm
              schoolName={closing.name}
              isPending={edits.closing.isPending}
              error={edits.closing.error}
              onCancel={() => setClosing(null)}
              onConfirm={() =>
                void edits.closeSchool(closing.id).then((ok) => {
                  if (!ok) return;
                  setNotice(`${closing.name} is closed.`);
                  setClosing(null);
                })
              }
            />
          )}
          {editing && (
            <SchoolForm
              key={editing.id}
              title={`Edit ${editing.name}`}
              submitLabel="Save changes"
              initial={editing}
              isPending={edits.updating.isPending}
              error={edits.updating.error}
              onCancel={() => setEditing(null)}
              onSubmit={(fields) =>
                void edits.updateSchool(editing.id, changedFields(editing, fields)).then((ok) => {
                  if (!ok) return;
                  setNotice(`${fields.name} is saved.`);
                  setEditing(null);
                })
              }
            />
          )}
        </section>
        <SchoolForm
          key={addKey}
          initial={addKey === 0 ? namedSchool(named) : undefined}
          title="Add a school"
          submitLabel="Add school"
          withSites
          isPending={edits.adding.isPending}
          error={edits.adding.error}
          onSubmit={(fields, sites) =>
            void edits.addSchool({ ...fields, sites }).then((ok) => {
              if (!ok) return;
              setNotice(`${fields.name} is added, with the trust's term dates for this year and next.`);
              setAddKey((k) => k + 1);
            })
          }
        />
      </div>
    </main>
  );
}

const namedSchool = (named: SchoolsAdminSearch) =>
  named.urn ? { name: named.name ?? '', urn: named.urn, phase: 'PRIMARY' as const, localAuthority: '' } : undefined;
