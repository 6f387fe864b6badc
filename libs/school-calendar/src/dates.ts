/** Local calendar dates as 'YYYY-MM-DD' strings: they sort and compare as text. */
const DAY_MS = 86_400_000;

export const toDayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
export const fromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => fromDayNumber(toDayNumber(date) + days);
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string) => new Date(toDayNumber(date) * DAY_MS).getUTCDay();
export const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;
export const ymd = (year: number, month: number, day: number) => fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);

/** The first date on or after `date` that falls on `day` (0 = Sunday). */
export const onOrAfter = (date: string, day: number) => addDays(date, (day - weekday(date) + 7) % 7);
/** The last date on or before `date` that falls on `day`. */
export const onOrBefore = (date: string, day: number) => addDays(date, -((weekday(date) - day + 7) % 7));

export function* eachDay(from: string, to: string): Generator<string> {
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) yield fromDayNumber(day);
}
