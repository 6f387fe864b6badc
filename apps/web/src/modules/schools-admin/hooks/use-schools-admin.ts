import type { AddSchoolInput, AdminSchoolsQuery, UpdateSchoolInput } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  AddSchoolDocument,
  AdminSchoolsDocument,
  CloseSchoolDocument,
  UpdateSchoolDocument,
} from '../graphql/schools-admin.graphql';

export type AdminSchool = AdminSchoolsQuery['schools'][number];

/**
 * Query keys below the trust. Every list of schools starts with 'schools' (the shared list is ['schools']), so
 * a change refreshes them all; a new school also gets a calendar, and a closed one leaves the board.
 */
export const schoolAdminKeys = {
  lists: ['schools'] as const,
  admin: (includeClosed: boolean) => ['schools', { admin: true, includeClosed }] as const,
  calendars: ['calendar'] as const,
  board: ['board'] as const,
};

export const useAdminSchools = (includeClosed: boolean) =>
  useGraphQLQuery(schoolAdminKeys.admin(includeClosed), AdminSchoolsDocument, { includeClosed });

export function useSchoolEdits() {
  const add = useGraphQLMutation(AddSchoolDocument, () => [
    schoolAdminKeys.lists,
    schoolAdminKeys.calendars,
    schoolAdminKeys.board,
  ]);
  const update = useGraphQLMutation(UpdateSchoolDocument, () => [schoolAdminKeys.lists, schoolAdminKeys.board]);
  const close = useGraphQLMutation(CloseSchoolDocument, () => [schoolAdminKeys.lists, schoolAdminKeys.board]);
  return {
    addSchool: (input: AddSchoolInput) => succeeded(add.mutateAsync({ input })),
    updateSchool: (id: string, input: UpdateSchoolInput) => succeeded(update.mutateAsync({ id, input })),
    closeSchool: (schoolId: string) => succeeded(close.mutateAsync({ schoolId })),
    adding: { isPending: add.isPending, error: add.error, reset: add.reset },
    updating: { isPending: update.isPending, error: update.error, reset: update.reset },
    closing: { isPending: close.isPending, error: close.error, reset: close.reset },
  };
}
