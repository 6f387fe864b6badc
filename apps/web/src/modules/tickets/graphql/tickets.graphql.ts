import { graphql } from '../../../gql';

graphql(`
  fragment TicketRow on Ticket {
    id
    number
    subject
    status
    priority
    kind
    team
    school {
      id
      name
    }
    assignee {
      id
      displayName
    }
    sla {
      state
      resolutionDueAt
      resolutionWorkingMinutesLeft
    }
  }
`);

export const TicketQueueDocument = graphql(`
  query TicketQueue($filter: TicketFilter, $sort: TicketSort, $after: String) {
    tickets(first: 50, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TicketRow
        }
      }
    }
  }
`);

export const TicketDocument = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketRow
      description
      category
      csatScore
      canRate
      allowedMoves
      createdAt
      requester {
        id
        displayName
      }
      sla {
        firstResponseDueAt
        firstRespondedAt
        firstResponseWarningAt
        resolutionWarningAt
        firstResponseTargetMinutes
        resolutionTargetMinutes
      }
      parent {
        id
        number
      }
      children {
        id
        number
        status
      }
      asset {
        id
        tag
        type
        model
      }
      attachments {
        id
        fileName
        sizeBytes
        url
        createdAt
      }
      history {
        action
        summary
        at
        actor {
          displayName
        }
      }
      suggestedArticles {
        id
        title
        body
      }
      replies {
        id
        body
        internal
        createdAt
        author {
          displayName
        }
      }
    }
  }
`);

export const SuggestArticlesDocument = graphql(`
  query SuggestArticles($text: String!, $schoolId: ID) {
    suggestArticles(text: $text, schoolId: $schoolId) {
      id
      title
      body
    }
  }
`);

export const SchoolAssetsDocument = graphql(`
  query SchoolAssets($schoolId: ID) {
    assets(schoolId: $schoolId, first: 200) {
      id
      tag
      type
      model
    }
  }
`);

export const RaiseTicketDocument = graphql(`
  mutation RaiseTicket($input: RaiseTicketInput!, $idempotencyKey: String) {
    raiseTicket(input: $input, idempotencyKey: $idempotencyKey) {
      id
      number
    }
  }
`);

export const ReplyToTicketDocument = graphql(`
  mutation ReplyToTicket($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {
    replyToTicket(ticketId: $ticketId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const ChangeTicketStatusDocument = graphql(`
  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!) {
    changeTicketStatus(ticketId: $ticketId, status: $status) {
      id
      status
    }
  }
`);

export const AssignTicketDocument = graphql(`
  mutation AssignTicket($ticketId: ID!, $assigneeId: ID!) {
    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {
      id
    }
  }
`);

export const RateTicketDocument = graphql(`
  mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {
    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {
      id
      csatScore
    }
  }
`);

export const LinkTicketAssetDocument = graphql(`
  mutation LinkTicketAsset($ticketId: ID!, $assetId: ID) {
    linkTicketAsset(ticketId: $ticketId, assetId: $assetId) {
      id
    }
  }
`);
