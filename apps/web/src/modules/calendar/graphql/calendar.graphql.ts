import { graphql } from '../../../gql';

export const AddCalendarEventDocument = graphql(`
  mutation AddCalendarEvent($input: AddCalendarEventInput!) {
    addCalendarEvent(input: $input) {
      id
      kind
      title
      startsOn
      endsOn
      schoolId
    }
  }
`);

export const RemoveCalendarEventDocument = graphql(`
  mutation RemoveCalendarEvent($id: ID!) {
    removeCalendarEvent(id: $id)
  }
`);
