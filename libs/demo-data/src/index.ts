export * from './demo-id';
export * from './demo-trusts';
export * from './demo-users';

/** The academic year running on `today` starts in September of the returned year. */
export const currentAcademicYear = (today = new Date()) =>
  today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
