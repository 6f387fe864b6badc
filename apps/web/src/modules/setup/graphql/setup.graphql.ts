import { graphql } from '../../../gql';

export const SetupNeededDocument = graphql(`
  query SetupNeeded {
    setupNeeded
  }
`);

export const SetUpTrustDocument = graphql(`
  mutation SetUpTrust($input: SetUpTrustInput!) {
    setUpTrust(input: $input) {
      ...SessionPayload
    }
  }
`);
