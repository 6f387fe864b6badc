import { graphql } from '../../../gql';

export const SignInOptionsDocument = graphql(`
  query SignInOptions($email: String!) {
    signInOptions(email: $email) {
      password
      providers {
        providerId
        kind
        label
        trustName
      }
    }
  }
`);

export const IdentityProvidersDocument = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      kind
      label
      tenantIds
      hostedDomain
      issuer
      clientId
      emailDomains
      allowNewMembers
      passwordSignIn
      enabled
      redirectUri
      updatedAt
    }
  }
`);

export const ConfigureIdentityProviderDocument = graphql(`
  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {
    configureIdentityProvider(input: $input) {
      id
    }
  }
`);

export const TestIdentityProviderDocument = graphql(`
  mutation TestIdentityProvider($providerId: ID!) {
    testIdentityProvider(providerId: $providerId)
  }
`);

export const EmailDomainsDocument = graphql(`
  query EmailDomains {
    emailDomains {
      domain
      verified
      recordName
      recordValue
      checkedAt
    }
  }
`);

export const VerifyEmailDomainDocument = graphql(`
  mutation VerifyEmailDomain($domain: String!) {
    verifyEmailDomain(domain: $domain) {
      domain
      verified
    }
  }
`);
