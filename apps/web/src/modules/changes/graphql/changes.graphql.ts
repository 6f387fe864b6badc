import { graphql } from '../../../gql';

export const ChangesDocument = graphql(`
  query Changes {
    changes {
      id
      title
      description
      status
      risk
      classroomImpact
      plan
      backoutPlan
      schools {
        id
        name
      }
      createdBy {
        id
        displayName
      }
      decisionComment
      scheduledStart
      scheduledEnd
      consents {
        school {
          id
          name
        }
        consentedBy {
          displayName
        }
      }
    }
  }
`);

export const ChangeCalendarDocument = graphql(`
  query ChangeCalendar($from: Date!, $to: Date!) {
    changeCalendar(from: $from, to: $to) {
      school {
        id
        name
      }
      freezes {
        kind
        title
        startsOn
        endsOn
      }
      changes {
        id
        title
        scheduledStart
      }
    }
  }
`);

export const CreateChangeDocument = graphql(`
  mutation CreateChange($input: CreateChangeInput!, $idempotencyKey: String) {
    createChange(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const SubmitChangeDocument = graphql(`
  mutation SubmitChange($changeId: ID!) {
    submitChange(changeId: $changeId) {
      id
    }
  }
`);

export const ApproveChangeDocument = graphql(`
  mutation ApproveChange($changeId: ID!, $comment: String) {
    approveChange(changeId: $changeId, comment: $comment) {
      id
    }
  }
`);

export const RejectChangeDocument = graphql(`
  mutation RejectChange($changeId: ID!, $comment: String!) {
    rejectChange(changeId: $changeId, comment: $comment) {
      id
    }
  }
`);

export const ConsentToChangeDocument = graphql(`
  mutation ConsentToChange($changeId: ID!, $schoolId: ID!) {
    consentToChange(changeId: $changeId, schoolId: $schoolId) {
      id
    }
  }
`);

export const CompleteChangeDocument = graphql(`
  mutation CompleteChange($changeId: ID!, $outcome: ChangeOutcome!) {
    completeChange(changeId: $changeId, outcome: $outcome) {
      id
    }
  }
`);

export const ScheduleChangeDocument = graphql(`
  mutation ScheduleChange($changeId: ID!, $start: DateTime!, $end: DateTime!) {
    scheduleChange(changeId: $changeId, start: $start, end: $end) {
      id
      status
    }
  }
`);
