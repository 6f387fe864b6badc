import { graphql } from '../../../gql';
import type { SignInMutation } from '../../../gql/graphql';

graphql(`
  fragment SessionPayload on AuthPayload {
    accessToken
    expiresAt
    sessionHandoff
    role
    user {
      id
      email
      displayName
    }
    trust {
      id
      name
      code
    }
    memberships {
      trust {
        id
        name
        code
      }
      role
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...SessionPayload
    }
  }
`);

export const SwitchTrustDocument = graphql(`
  mutation SwitchTrust($trustId: ID!) {
    switchTrust(trustId: $trustId) {
      ...SessionPayload
    }
  }
`);

export type Session = SignInMutation['signIn'];
export type TrustRef = Session['trust'];
