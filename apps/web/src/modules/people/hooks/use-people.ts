import type { ApiError } from '../../../api/graphql';
import type { InviteMemberInput, MemberFilter, MembersQuery, UpdateMembershipInput } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  InviteMemberDocument,
  MembersDocument,
  RestoreMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  SuspendMemberDocument,
  UpdateMembershipDocument,
} from '../graphql/people.graphql';

export type PersonRow = MembersQuery['members']['edges'][number]['node'];

export const PEOPLE_PAGE = 50;

/** Every list of people starts with 'people', so any change refreshes them all. */
export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: MemberFilter, after: string | null) => ['people', filter, after] as const,
};

export const useMembers = (filter: MemberFilter, after: string | null) =>
  useGraphQLQuery(peopleKeys.list(filter, after), MembersDocument, { filter, after, first: PEOPLE_PAGE });

const state = (m: { isPending: boolean; error: unknown; reset: () => void }) => ({
  isPending: m.isPending,
  error: m.error as ApiError | null,
  reset: m.reset,
});

/** The director's verbs over people; each refreshes the lists when it succeeds. */
export function usePeopleEdits() {
  const refresh = () => [peopleKeys.all];
  const invite = useGraphQLMutation(InviteMemberDocument, refresh);
  const update = useGraphQLMutation(UpdateMembershipDocument, refresh);
  const suspend = useGraphQLMutation(SuspendMemberDocument, refresh);
  const restore = useGraphQLMutation(RestoreMemberDocument, refresh);
  const resend = useGraphQLMutation(ResendInvitationDocument, refresh);
  const revoke = useGraphQLMutation(RevokeInvitationDocument, refresh);
  return {
    invite: (input: InviteMemberInput) => succeeded(invite.mutateAsync({ input })),
    update: (input: UpdateMembershipInput) => succeeded(update.mutateAsync({ input })),
    suspend: (userId: string) => succeeded(suspend.mutateAsync({ userId })),
    restore: (userId: string) => succeeded(restore.mutateAsync({ userId })),
    resend: (invitationId: string) => succeeded(resend.mutateAsync({ invitationId })),
    revoke: (invitationId: string) => succeeded(revoke.mutateAsync({ invitationId })),
    inviting: state(invite),
    updating: state(update),
    // One status line for the row actions: whichever ran last.
    rowAction: [suspend, restore, resend, revoke].map(state).find((s) => s.isPending || s.error) ?? state(suspend),
  };
}
