import { useEffect, useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { SecuritySettings } from '../modules/mfa/components/security-settings';
import { MembershipForm } from '../modules/people/components/membership-form';
import { MemberSourcesNote } from '../modules/roster/components/member-sources';
import { PeopleFilters } from '../modules/people/components/people-filters';
import { PeopleTable } from '../modules/people/components/people-table';
import { PersonRow, useMembers, usePeopleEdits } from '../modules/people/hooks/use-people';
import { memberFilterOf, PeopleChoice } from '../modules/people/utils/people-labels';
import { choiceOfPeople, peopleSearch, searchOfPeople } from '../modules/people/utils/people-search';
import { useSchools } from '../modules/schools/hooks/use-schools';
import { useSession } from '../modules/session/hooks/use-session';
import { Empty, ErrorNotice, Loading } from '../ui/status';
import { useDebounced } from '../ui/use-debounced';

/**
 * The IT director's people: search and filter, invite, change role and schools, suspend and restore; and the
 * trust's sign-in rule (two-step sign-in for IT directors and engineers).
 */
export function PeoplePage() {
  const { session } = useSession();
  const fromUrl = peopleSearch(useSearch({ strict: false }));
  const navigate = useNavigate();
  const [choice, setChoice] = useState<PeopleChoice>(() => choiceOfPeople(fromUrl));
  const [after, setAfter] = useState<string | null>(null);
  const settled = useDebounced(choice);
  const filter = memberFilterOf(settled);
  // The filters go in the URL once typing settles (replacing the entry): a reload or a shared link shows the same.
  useEffect(() => {
    void navigate({ to: '/admin/people', search: searchOfPeople(settled), replace: true });
  }, [settled, navigate]);
  const { data, error, isPending, refetch } = useMembers(filter, after);
  const schools = useSchools().data?.schools ?? [];
  const edits = usePeopleEdits();
  const [editing, setEditing] = useState<PersonRow | null>(null);
  const [inviteKey, setInviteKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const act = (attempt: Promise<boolean>, said: string) =>
    void attempt.then((ok) => {
      if (ok) setNotice(said);
    });
  function handleFilter(next: PeopleChoice) {
    setChoice(next);
    setAfter(null);
  }
  return (
    <main className="page people-admin">
      <h1>People</h1>
      <div className="admin-layout">
        <section aria-label="People">
          <PeopleFilters choice={choice} onChange={handleFilter} />
          {notice && (
            <p className="status" role="status">
              {notice}
            </p>
          )}
          {edits.rowAction.error && <ErrorNotice message={edits.rowAction.error.message} />}
          {isPending && <Loading>Loading people…</Loading>}
          {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
          {data &&
            (data.members.edges.length ? (
              <PeopleTable
                people={data.members.edges.map((e) => e.node)}
                total={data.members.totalCount}
                schools={schools}
                selfId={session?.user.id ?? null}
                onEdit={(p) => {
                  edits.updating.reset();
                  setEditing(p);
                }}
                onSuspend={(p) => act(edits.suspend(p.userId!), `${p.displayName} is suspended: they cannot sign in.`)}
                onRestore={(p) => act(edits.restore(p.userId!), `${p.displayName} is restored.`)}
                onResend={(p) => act(edits.resend(p.invitationId!), `A new link is on its way to ${p.email}.`)}
                onRevoke={(p) => act(edits.revoke(p.invitationId!), `The invitation to ${p.email} no longer works.`)}
              />
            ) : (
              <Empty>Nobody matches. Clear a filter, or invite them.</Empty>
            ))}
          {data?.members.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(data.members.pageInfo.endCursor ?? null)}>
              Next page
            </button>
          )}
          {after && (
            <button type="button" className="secondary" onClick={() => setAfter(null)}>
              First page
            </button>
          )}
          {editing && (
            <MembershipForm
              key={editing.id}
              title={`Edit ${editing.displayName}`}
              submitLabel="Save changes"
              initial={editing}
              about={editing.userId && <MemberSourcesNote userId={editing.userId} role={editing.role} />}
              schools={schools}
              isPending={edits.updating.isPending}
              error={edits.updating.error}
              onCancel={() => setEditing(null)}
              onSubmit={(fields) =>
                void edits
                  .update({
                    userId: editing.userId!,
                    role: fields.role as PersonRow['role'],
                    allSchools: fields.schoolIds === null,
                    schoolIds: fields.schoolIds ?? undefined,
                    educatorLead: fields.educatorLead,
                  })
                  .then((ok) => {
                    if (!ok) return;
                    setNotice(`${editing.displayName} is saved.`);
                    setEditing(null);
                  })
              }
            />
          )}
        </section>
        <div className="side-stack">
          <MembershipForm
            key={inviteKey}
            title="Invite someone"
            submitLabel="Send invitation"
            schools={schools}
            isPending={edits.inviting.isPending}
            error={edits.inviting.error}
            onSubmit={(fields) =>
              void edits.invite({ ...fields, role: fields.role as PersonRow['role'] }).then((ok) => {
                if (!ok) return;
                setNotice(`Invitation sent to ${fields.email}: the link works for 7 days.`);
                setInviteKey((k) => k + 1);
              })
            }
          />
          <SecuritySettings />
        </div>
      </div>
    </main>
  );
}
