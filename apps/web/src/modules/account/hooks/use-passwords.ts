import { useMutation } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import {
  ChangePasswordDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from '../graphql/account.graphql';

/** Asks for a reset link (signed out): the answer is the same whether or not the address has an account. */
export const useRequestPasswordReset = () =>
  useMutation<boolean, ApiError, string>({
    mutationFn: async (email) => (await requestGraphQL(RequestPasswordResetDocument, { email })).requestPasswordReset,
  });

/** Sets a new password with the link's token (signed out). */
export const useResetPassword = (token: string | null) =>
  useMutation<boolean, ApiError, string>({
    mutationFn: async (password) =>
      (await requestGraphQL(ResetPasswordDocument, { token: token!, password })).resetPassword,
  });

/** Changes the signed-in person's own password. */
export const useChangePassword = () => useGraphQLMutation(ChangePasswordDocument, () => []);
