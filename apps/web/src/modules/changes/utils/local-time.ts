/**
 * `<input type="datetime-local">` speaks the browser's wall-clock time; the API speaks instants. Schools are in
 * Europe/London, and so (in practice) are the people scheduling, so the browser's own zone does the conversion.
 */
export const toInstant = (local: string) => new Date(local).toISOString();

export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const londonTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
