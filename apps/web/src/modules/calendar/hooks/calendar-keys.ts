/**
 * Calendar query keys (below the trust), shared with the schools page's week strips (use-calendar.ts): one
 * school's range is ['calendar', schoolId, from, to]; a change refreshes every ['calendar'] query, since a
 * trust-wide event shows at every school.
 */
export const calendarKeys = {
  all: ['calendar'] as const,
  school: (schoolId: string, from: string, to: string) => ['calendar', schoolId, from, to] as const,
};
