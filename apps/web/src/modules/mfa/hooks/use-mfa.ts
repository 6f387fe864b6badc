import { useMutation } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import type { MfaEnrolmentMutation, VerifySignInMutation } from '../../../gql/graphql';
import {
  ConfirmMfaDocument,
  MfaEnrolmentDocument,
  MfaStatusDocument,
  SecuritySettingsDocument,
  SetMfaRequiredDocument,
  TurnOffMfaDocument,
  VerifySignInDocument,
} from '../graphql/mfa.graphql';

export type Enrolment = MfaEnrolmentMutation['mfaEnrolment'];
export type VerifiedSignIn = VerifySignInMutation['verifySignIn'];

const mfaKeys = { status: ['mfa-status'], settings: ['security-settings'] } as const;

/** Signing in, second step: a code for the challenge the password gave (no token yet). */
export const useVerifySignIn = (challenge: string) =>
  useMutation<VerifiedSignIn, ApiError, string>({
    mutationFn: async (code) => (await requestGraphQL(VerifySignInDocument, { challenge, code })).verifySignIn,
  });

/** A new authenticator secret: during a sign-in (its challenge), or for the signed-in person (`token`). */
export const useBeginEnrolment = (challenge: string | null, token?: string) =>
  useMutation<Enrolment, ApiError, void>({
    mutationFn: async () => (await requestGraphQL(MfaEnrolmentDocument, { challenge }, token)).mfaEnrolment,
  });

export const useMfaStatus = () => useGraphQLQuery(mfaKeys.status, MfaStatusDocument);
export const useConfirmMfa = () => useGraphQLMutation(ConfirmMfaDocument, () => [mfaKeys.status]);
export const useTurnOffMfa = () => useGraphQLMutation(TurnOffMfaDocument, () => [mfaKeys.status]);
export const useSecuritySettings = () => useGraphQLQuery(mfaKeys.settings, SecuritySettingsDocument);
export const useSetMfaRequired = () =>
  useGraphQLMutation(SetMfaRequiredDocument, () => [mfaKeys.settings, mfaKeys.status]);
