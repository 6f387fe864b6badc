import { defineErrors } from '@trustops/service-kit';

export const schoolErrors = defineErrors('Directory · schools', {
  SCHOOL_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: "No school with that id in your trust (another trust's school is answered the same way); check the id.",
  },
  SCHOOL_URN_TAKEN: {
    category: 'CONFLICT',
    meaning: 'Another school of your trust already has that DfE URN; a URN names one school. Check the number.',
  },
  SCHOOL_ALREADY_CLOSED: {
    category: 'CONFLICT',
    meaning: 'The school is closed already; it keeps its history and can still be edited, but closes only once.',
  },
});

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const schoolNotFound = (schoolId: string) =>
  schoolErrors.error('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });

export const schoolUrnTaken = (urn: string, otherSchool: string | null) =>
  schoolErrors.error(
    'SCHOOL_URN_TAKEN',
    otherSchool
      ? `URN ${urn} is already ${otherSchool}'s; each school of the trust has its own DfE URN`
      : `URN ${urn} is already another school's in your trust; each school has its own DfE URN`,
    { field: 'urn', urn },
  );

export const schoolAlreadyClosed = (schoolId: string, closedAt: Date) =>
  schoolErrors.error(
    'SCHOOL_ALREADY_CLOSED',
    `The school closed on ${closedAt.toISOString().slice(0, 10)} already; it keeps its history and can still be edited`,
    { schoolId, closedAt: closedAt.toISOString() },
  );
