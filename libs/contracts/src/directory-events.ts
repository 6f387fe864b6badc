export interface SchoolUpdated {
  schoolId: string;
  name: string;
  phase: string;
  changes: Record<string, unknown>;
}
/** Carries the whole calendar event (kind, title, dates), so a consumer's copy needs no call back to directory. */
export interface CalendarChanged {
  schoolId: string | null;
  eventId: string;
  action: 'added' | 'removed';
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface DirectoryEvents {
  'school.updated': SchoolUpdated;
  'calendar.changed': CalendarChanged;
}
