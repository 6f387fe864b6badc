import { defineErrors } from '@trustops/service-kit';

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const objectiveErrors = defineErrors('Strategy roadmap · objectives', {
  OBJECTIVE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No objective with that id in your trust (`objectiveId`, or `objectiveIds` when one of several is not).',
  },
  MEASURE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No measure with that id in your trust (`measureId`).',
  },
});
