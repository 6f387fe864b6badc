import { useGraphQLQuery } from '../../../api/use-graphql-query';
import { MemberSourcesDocument } from '../graphql/roster.graphql';

const IT_ROLES = ['IT_DIRECTOR', 'TECHNICIAN', 'ENGINEER', 'REVIEWER'];
const day = (iso: string, plusDays = 0) =>
  new Date(new Date(iso).getTime() + plusDays * 86_400_000).toLocaleDateString('en-GB', { dateStyle: 'medium' });

/** Where a member's fields come from, so a director knows which of them a sync will change back. */
export function MemberSourcesNote({ userId, role }: { userId: string; role: string }) {
  const { data } = useGraphQLQuery(['member-sources', userId], MemberSourcesDocument, { userId });
  const s = data?.memberSources;
  if (!s) return null;
  const roleFrom = IT_ROLES.includes(role)
    ? 'TrustOps (an IT role: syncs never change it)'
    : s.roleSetByHand
      ? 'Set by hand (syncs leave it alone)'
      : s.misSource
        ? `${s.misSource}, by its role rules (changing it here keeps your choice)`
        : 'TrustOps';
  return (
    <dl className="facts member-sources" aria-label="Where their details come from">
      <dt>Name and schools</dt>
      <dd>{s.misSource ? `${s.misSource} (MIS id ${s.misId})` : 'TrustOps'}</dd>
      <dt>Role</dt>
      <dd>{roleFrom}</dd>
      <dt>Signs in with</dt>
      <dd>{s.signInWith.length ? s.signInWith.join(', ') : 'Password'}</dd>
      {s.leavingSince && (
        <>
          <dt>Leaving</dt>
          <dd>
            Not in the MIS since {day(s.leavingSince)}: suspended from {day(s.leavingSince, s.graceDays ?? 0)} unless
            listed again
          </dd>
        </>
      )}
    </dl>
  );
}
