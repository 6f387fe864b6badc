import { badInput, notFound } from '@trustops/service-kit';

// RLS hides other trusts' rows, so "not found" also covers "not yours": the answer never says which.
export const schoolNotFound = (schoolId: string) =>
  notFound('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });

export function checkSchoolChanges(input: { name?: string; urn?: string; localAuthority?: string }): void {
  if (input.name !== undefined && (input.name.trim().length < 2 || input.name.length > 120)) {
    throw badInput('A school name needs 2 to 120 characters', { field: 'name' });
  }
  if (input.urn !== undefined && !/^\d{6}$/.test(input.urn)) {
    throw badInput('A DfE URN is 6 digits, e.g. 148201', { field: 'urn' });
  }
  if (input.localAuthority !== undefined && !input.localAuthority.trim()) {
    throw badInput('Local authority cannot be empty', { field: 'localAuthority' });
  }
}
