import { graphql } from '../../../gql';

export const TechRequestsDocument = graphql(`
  query TechRequests {
    techRequests {
      id
      kind
      title
      goal
      reason
      appName
      status
      createdAt
      school {
        name
      }
      requester {
        id
        displayName
      }
      decision {
        outcome
        reason
        conditions
        risks
        alternatives
        decidedBy {
          displayName
        }
      }
      appeal {
        note
        outcome
        decisionNote
        decidedBy {
          displayName
        }
      }
    }
  }
`);

export const ApprovedAppsDocument = graphql(`
  query ApprovedApps($text: String) {
    approvedApps(text: $text) {
      id
      name
      vendor
      purpose
      dpiaStatus
    }
  }
`);

export const RaiseTechRequestDocument = graphql(`
  mutation RaiseTechRequest($input: RaiseTechRequestInput!, $idempotencyKey: String) {
    raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const DecideTechRequestDocument = graphql(`
  mutation DecideTechRequest($input: DecideTechRequestInput!) {
    decideTechRequest(input: $input) {
      id
    }
  }
`);

export const AppealTechRequestDocument = graphql(`
  mutation AppealTechRequest($requestId: ID!, $note: String!) {
    appealTechRequest(requestId: $requestId, note: $note) {
      id
    }
  }
`);

export const DecideAppealDocument = graphql(`
  mutation DecideAppeal($requestId: ID!, $decision: TechDecision!, $note: String!) {
    decideAppeal(requestId: $requestId, decision: $decision, note: $note) {
      id
    }
  }
`);
