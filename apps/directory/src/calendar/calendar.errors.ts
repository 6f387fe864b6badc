import { defineErrors } from '@trustops/service-kit';

export const calendarErrors = defineErrors('Directory · school calendars', {
  CALENDAR_EVENT_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No calendar event with that id in your trust or your schools; it may have been removed already.',
  },
});

// As for schools: another trust's event, or one of a school outside the caller's scope, is answered as missing.
export const calendarEventNotFound = (id: string) =>
  calendarErrors.error('CALENDAR_EVENT_NOT_FOUND', 'No calendar event with that id in your trust', { id });
