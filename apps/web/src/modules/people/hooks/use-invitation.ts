import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import { useSession } from '../../session/hooks/use-session';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../graphql/people.graphql';

/** What the link offers; asked without a session (the link is the proof). */
export const useInvitationPreview = (token: string | null) =>
  useQuery({
    queryKey: ['invitation', token],
    queryFn: () => requestGraphQL(InvitationPreviewDocument, { token: token! }),
    enabled: !!token,
    retry: false,
  });

/** Accepts it and starts the new member's session. */
export function useAcceptInvitation(token: string | null) {
  const { adopt } = useSession();
  return useMutation<void, ApiError, string>({
    mutationFn: async (password) => {
      const data = await requestGraphQL(AcceptInvitationDocument, { token: token!, password });
      adopt(data.acceptInvitation);
    },
  });
}
