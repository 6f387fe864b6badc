import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  ConfigureIdentityProviderDocument,
  IdentityProvidersDocument,
  TestIdentityProviderDocument,
} from '../graphql/sso.graphql';

export const useIdentityProviders = () => useGraphQLQuery(['identity-providers'], IdentityProvidersDocument);

export const useConfigureIdentityProvider = () =>
  useGraphQLMutation(ConfigureIdentityProviderDocument, () => [['identity-providers'], ['email-domains']]);

export const useTestIdentityProvider = () => useGraphQLMutation(TestIdentityProviderDocument, () => []);
