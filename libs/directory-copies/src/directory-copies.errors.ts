import { defineErrors } from '@trustops/service-kit';

/** What a service refuses when a request names a school its copy of directory does not hold. */
export const directoryCopyErrors = defineErrors('Every service · schools', {
  SCHOOL_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No school with that id in your trust (or not one of the schools your role covers).',
  },
});
