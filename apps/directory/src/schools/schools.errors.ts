import { defineErrors } from '@trustops/service-kit';

export const schoolErrors = defineErrors('Directory · schools', {
  SCHOOL_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: "No school with that id in your trust (another trust's school is answered the same way); check the id.",
  },
});

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const schoolNotFound = (schoolId: string) =>
  schoolErrors.error('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });
