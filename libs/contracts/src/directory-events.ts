export interface SchoolUpdated { schoolId: string; changes: Record<string, unknown> }
export interface CalendarChanged { schoolId: string | null; eventId: string; action: 'added' | 'removed' }

export interface DirectoryEvents {
  'school.updated': SchoolUpdated;
  'calendar.changed': CalendarChanged;
}
