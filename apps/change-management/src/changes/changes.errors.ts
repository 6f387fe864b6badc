import { defineErrors, forbidden } from '@trustops/service-kit';

// RLS and school scope hide other trusts' changes, so "not found" also covers "not yours".
export const changeErrors = defineErrors('Change management · changes', {
  CHANGE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No change with that id that you can see (`changeId`, or `changeIds` for several).',
  },
  CHANGE_STATUS_MOVE: {
    category: 'CONFLICT',
    meaning: 'The change is not in a status that allows this step; the message says which status it must be in.',
  },
  SELF_APPROVAL: {
    category: 'FORBIDDEN',
    meaning: 'Nobody approves their own change: ask another engineer or the IT director.',
  },
  CHANGE_NEEDS_DIRECTOR: {
    category: 'FORBIDDEN',
    meaning: "A medium- or high-risk change needs the IT director's approval.",
  },
  CHANGE_FREEZE: {
    category: 'CONFLICT',
    meaning:
      "A classroom-affecting change falls in a school's change freeze: `blocks` names each school and freeze, " +
      "`nextFreeWindow` the next window free at every school; or the school's educator lead consents.",
  },
});

export type ChangeErrorCode = keyof typeof changeErrors.codes;

/** A pure rule's refusal as an error: FORBIDDEN is the kit's own code, every other one is this catalogue's. */
export const changeRefusal = (
  refused: { code: ChangeErrorCode | 'FORBIDDEN'; message: string },
  details: Record<string, unknown>,
) =>
  refused.code === 'FORBIDDEN'
    ? forbidden(refused.message, details)
    : changeErrors.error(refused.code, refused.message, details);

export const changeNotFound = (changeId: string) =>
  changeErrors.error('CHANGE_NOT_FOUND', 'No change with that id that you can see', { changeId });
