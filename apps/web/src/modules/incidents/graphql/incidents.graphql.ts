import { graphql } from '../../../gql';

graphql(`
  fragment ReviewFields on Review {
    findings
    contributingFactors
    publishedAt
    reviewer {
      displayName
    }
    actions {
      id
      title
      dueOn
      status
      owner {
        displayName
      }
    }
  }
`);

export const IncidentsDocument = graphql(`
  query Incidents {
    incidents {
      id
      title
      description
      type
      severity
      state
      awareAt
      icoDeadline
      icoNotifiedAt
      reviewRequired
      schools {
        name
      }
      commander {
        displayName
      }
      reviewer {
        id
        displayName
      }
      timeline {
        id
        at
        body
        author {
          displayName
        }
      }
      review {
        ...ReviewFields
      }
    }
  }
`);

export const PublishedReviewsDocument = graphql(`
  query PublishedReviews {
    publishedReviews {
      incident {
        id
        title
        severity
        type
      }
      review {
        ...ReviewFields
      }
    }
  }
`);

export const ReviewerCandidatesDocument = graphql(`
  query ReviewerCandidates($incidentId: ID!) {
    reviewerCandidates(incidentId: $incidentId) {
      user {
        id
      }
      displayName
      role
      independent
      problems
    }
  }
`);

export const OpenIncidentDocument = graphql(`
  mutation OpenIncident($input: OpenIncidentInput!, $idempotencyKey: String) {
    openIncident(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const AddTimelineEntryDocument = graphql(`
  mutation AddTimelineEntry($incidentId: ID!, $body: String!) {
    addTimelineEntry(incidentId: $incidentId, body: $body) {
      id
    }
  }
`);

export const SetIncidentStateDocument = graphql(`
  mutation SetIncidentState($incidentId: ID!, $state: IncidentState!) {
    setIncidentState(incidentId: $incidentId, state: $state) {
      id
    }
  }
`);

export const RecordIcoNotificationDocument = graphql(`
  mutation RecordIcoNotification($incidentId: ID!) {
    recordIcoNotification(incidentId: $incidentId) {
      id
    }
  }
`);

export const AssignReviewerDocument = graphql(`
  mutation AssignReviewer($incidentId: ID!, $reviewerId: ID!) {
    assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) {
      id
    }
  }
`);

export const PublishReviewDocument = graphql(`
  mutation PublishReview($input: PublishReviewInput!) {
    publishReview(input: $input) {
      findings
    }
  }
`);

export const CompleteReviewActionDocument = graphql(`
  mutation CompleteReviewAction($actionId: ID!) {
    completeReviewAction(actionId: $actionId) {
      id
    }
  }
`);
