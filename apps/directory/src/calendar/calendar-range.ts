import { badInput } from '@trustops/service-kit';

/** The longest range one calendar request may ask for: a little over two academic years. */
export const MAX_RANGE_DAYS = 800;

export interface DateRange {
  from: string;
  to: string;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The range a calendar request asks for, checked: one date given stands for that single day, none means the
 * academic year running on `today` (YYYY-MM-DD).
 */
export function calendarRange(from: string | null, to: string | null, today: string): DateRange {
  const range = from || to ? { from: from ?? to!, to: to ?? from! } : academicYearAround(today);
  if (dayNumber(range.to) < dayNumber(range.from)) throw badInput('"to" must be on or after "from"', { field: 'to' });
  if (dayNumber(range.to) - dayNumber(range.from) > MAX_RANGE_DAYS)
    throw badInput(`Ask for at most ${MAX_RANGE_DAYS} days at a time`, { field: 'to' });
  return range;
}

/** From 1 August, the year that starts that September: 1 August to 31 August a year later, both summers in. */
export function academicYearAround(today: string): DateRange {
  const [year, month] = today.split('-').map(Number);
  const start = month >= 8 ? year : year - 1;
  return { from: `${start}-08-01`, to: `${start + 1}-08-31` };
}
