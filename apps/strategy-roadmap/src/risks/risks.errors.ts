import { defineErrors } from '@trustops/service-kit';

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const riskErrors = defineErrors('Strategy roadmap · risks', {
  RISK_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No risk with that id in your trust (`riskId`).',
  },
});
