import { graphql } from '../../../gql';

export const AdminSchoolsDocument = graphql(`
  query AdminSchools($includeClosed: Boolean!) {
    schools(includeClosed: $includeClosed) {
      id
      name
      urn
      phase
      localAuthority
      closedAt
      sites {
        id
        name
      }
    }
  }
`);

export const AddSchoolDocument = graphql(`
  mutation AddSchool($input: AddSchoolInput!) {
    addSchool(input: $input) {
      id
      name
    }
  }
`);

export const UpdateSchoolDocument = graphql(`
  mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {
    updateSchool(id: $id, input: $input) {
      id
      name
      urn
      phase
      localAuthority
    }
  }
`);

export const CloseSchoolDocument = graphql(`
  mutation CloseSchool($schoolId: ID!) {
    closeSchool(schoolId: $schoolId) {
      id
      closedAt
    }
  }
`);
