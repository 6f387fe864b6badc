import { graphql } from '../../../gql';

graphql(`
  fragment MemberRow on Member {
    id
    userId
    invitationId
    email
    displayName
    role
    schoolIds
    educatorLead
    status
    expiresAt
  }
`);

export const MembersDocument = graphql(`
  query Members($first: Int, $after: String, $filter: MemberFilter) {
    members(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MemberRow
        }
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...MemberRow
    }
  }
`);

export const UpdateMembershipDocument = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      ...MemberRow
    }
  }
`);

export const SuspendMemberDocument = graphql(`
  mutation SuspendMember($userId: ID!) {
    suspendMember(userId: $userId) {
      ...MemberRow
    }
  }
`);

export const RestoreMemberDocument = graphql(`
  mutation RestoreMember($userId: ID!) {
    restoreMember(userId: $userId) {
      ...MemberRow
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      ...MemberRow
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      ...MemberRow
    }
  }
`);

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      displayName
      role
      hasAccount
      expiresAt
      trust {
        id
        name
      }
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SessionPayload
    }
  }
`);
