import { graphql } from '../../../gql';

export const RosterSourcesDocument = graphql(`
  query RosterSources {
    rosterSources {
      id
      kind
      label
      apiUrl
      hasToken
      syncedAt
      feedUrlHost
      graceDays
      enabled
      feedName
      feedAt
      feedCounts {
        schools
        people
        skipped
      }
      roleRules {
        misRole
        role
      }
      runs {
        ...RosterRunFields
      }
    }
  }
`);

export const RosterRunFieldsFragment = graphql(`
  fragment RosterRunFields on RosterRun {
    id
    previewId
    trigger
    status
    startedByName
    createdAt
    finishedAt
    error
    summary {
      added
      changed
      restored
      leaving
      suspended
      skipped
    }
    progress {
      done
      total
    }
  }
`);

export const ConfigureRosterSourceDocument = graphql(`
  mutation ConfigureRosterSource($input: RosterSourceInput!) {
    configureRosterSource(input: $input) {
      id
    }
  }
`);

export const PreviewRosterSyncDocument = graphql(`
  mutation PreviewRosterSync($sourceId: ID!) {
    previewRosterSync(sourceId: $sourceId) {
      id
    }
  }
`);

export const RosterPreviewDocument = graphql(`
  query RosterPreview($id: ID!, $kind: RosterEntryKind, $first: Int) {
    rosterPreview(id: $id) {
      id
      sourceId
      madeAt
      needsConfirmation
      suspendHeld
      active
      appliedRunId
      counts {
        add
        change
        restore
        leaving
        suspend
        conflicts
        unchanged
      }
      entries(kind: $kind, first: $first) {
        totalCount
        items {
          kind
          email
          displayName
          misId
          detail
          changes {
            field
            before
            after
          }
          unknownSchool {
            name
            urn
          }
        }
      }
    }
  }
`);

export const ApplyRosterSyncDocument = graphql(`
  mutation ApplyRosterSync($previewId: ID!, $confirm: Boolean) {
    applyRosterSync(previewId: $previewId, confirm: $confirm) {
      ...RosterRunFields
    }
  }
`);

export const RosterRunDocument = graphql(`
  query RosterRun($id: ID!) {
    rosterRun(id: $id) {
      ...RosterRunFields
    }
  }
`);

export const MemberSourcesDocument = graphql(`
  query MemberSources($userId: ID!) {
    memberSources(userId: $userId) {
      misSource
      misId
      roleSetByHand
      leavingSince
      graceDays
      signInWith
    }
  }
`);
