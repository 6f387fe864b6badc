import { graphql } from '../../../gql';

graphql(`
  fragment BoardRowFields on BoardRow {
    school {
      id
    }
    schoolName
    phase
    openTickets
    ticketsOpened
    ticketsResolved
    slaMetPercent
    breaches
    medianFirstResponseMinutes
    csatAverage
    csatCount
    enablementShare
    openIncidents
    maxSeverity
    openIncidentsBySeverity {
      sev1
      sev2
      sev3
      sev4
    }
    icoClocksRunning
    changesThisWeek
    standardsCoverage
    rag {
      green
      amber
      red
    }
    trend {
      weekStart
      ticketsOpened
      ticketsResolved
      slaMetPercent
    }
  }
`);

export const BoardDocument = graphql(`
  query Board($from: Date, $to: Date) {
    board(from: $from, to: $to) {
      from
      to
      schools {
        ...BoardRowFields
      }
      totals {
        ...BoardRowFields
      }
    }
  }
`);

export const SchoolStatusDocument = graphql(`
  query SchoolStatus($schoolId: ID!) {
    schoolStatus(schoolId: $schoolId) {
      ...BoardRowFields
    }
  }
`);

export const ReportSchedulesDocument = graphql(`
  query ReportSchedules {
    reportSchedules {
      id
      cadence
      recipients
      nextRunAt
    }
  }
`);

export const ScheduleBoardPackDocument = graphql(`
  mutation ScheduleBoardPack($cadence: ReportCadence!, $recipients: [String!]!) {
    scheduleBoardPack(cadence: $cadence, recipients: $recipients) {
      id
    }
  }
`);

export const CancelReportScheduleDocument = graphql(`
  mutation CancelReportSchedule($id: ID!) {
    cancelReportSchedule(id: $id)
  }
`);
