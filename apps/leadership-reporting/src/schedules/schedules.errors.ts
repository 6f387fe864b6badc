import { defineErrors } from '@trustops/service-kit';

export const scheduleErrors = defineErrors('Leadership reporting · report schedules', {
  SCHEDULE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No report schedule with that id in your trust; it may have been cancelled already (see reportSchedules).',
  },
});
