/** A date and time as a school reads it (Europe/London), or a dash. */
export const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })
    : '—';

/** "1 h 30 m" of working time. */
export const workingTime = (minutes: number) =>
  minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} m` : ''}` : `${minutes} m`;
