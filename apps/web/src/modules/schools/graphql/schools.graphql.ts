import { graphql } from '../../../gql';

export const SchoolsDocument = graphql(`
  query Schools {
    schools {
      id
      name
      urn
      phase
      localAuthority
    }
  }
`);

export const SchoolCalendarDocument = graphql(`
  query SchoolCalendar($schoolId: ID!, $from: Date, $to: Date) {
    calendar(schoolId: $schoolId, from: $from, to: $to) {
      id
      kind
      title
      startsOn
      endsOn
      schoolId
    }
  }
`);
