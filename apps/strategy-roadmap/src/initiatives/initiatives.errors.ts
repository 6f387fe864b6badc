import { defineErrors } from '@trustops/service-kit';

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const initiativeErrors = defineErrors('Strategy roadmap · initiatives', {
  INITIATIVE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning:
      'No initiative with that id in your trust (`initiativeId`, or `initiativeIds` when one of several is not).',
  },
  INITIATIVE_STATUS_MOVE: {
    category: 'CONFLICT',
    meaning:
      'An initiative cannot go from its status to the one asked (e.g. PROPOSED straight to DONE); the message names the moves it can make.',
  },
  DEPENDENCY_CYCLE: {
    category: 'CONFLICT',
    meaning: 'The dependency would close a loop of initiatives waiting on each other; `loop` lists it in order.',
  },
});

export const initiativeNotFound = (initiativeId: string) =>
  initiativeErrors.error('INITIATIVE_NOT_FOUND', 'No initiative with that id in your trust', { initiativeId });
