import { CalendarEvent } from './calendar';
import { addDays, onOrAfter, onOrBefore, weekday, ymd } from './dates';

const MON = 1,
  WED = 3,
  FRI = 5;
const event = (kind: CalendarEvent['kind'], title: string, startsOn: string, endsOn = startsOn): CalendarEvent => ({
  kind,
  title,
  startsOn,
  endsOn,
});

/** Easter Sunday (anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** England and Wales bank holidays, with substitute days for those that fall at a weekend. */
export function englandBankHolidays(year: number): CalendarEvent[] {
  const newYear = ymd(year, 1, 1);
  const easter = easterSunday(year);
  const christmas = ymd(year, 12, 25);
  const christmasDays = (
    {
      5: [christmas, ymd(year, 12, 28)], // Friday: Boxing Day moves to Monday
      6: [ymd(year, 12, 27), ymd(year, 12, 28)], // Saturday: both move to Monday and Tuesday
      0: [ymd(year, 12, 27), ymd(year, 12, 26)], // Sunday: Christmas moves to Tuesday
    } as Record<number, [string, string]>
  )[weekday(christmas)] ?? [christmas, ymd(year, 12, 26)];
  return [
    event(
      'BANK_HOLIDAY',
      "New Year's Day",
      weekday(newYear) === 6 ? ymd(year, 1, 3) : weekday(newYear) === 0 ? ymd(year, 1, 2) : newYear,
    ),
    event('BANK_HOLIDAY', 'Good Friday', addDays(easter, -2)),
    event('BANK_HOLIDAY', 'Easter Monday', addDays(easter, 1)),
    event('BANK_HOLIDAY', 'Early May bank holiday', onOrAfter(ymd(year, 5, 1), MON)),
    event('BANK_HOLIDAY', 'Spring bank holiday', onOrBefore(ymd(year, 5, 31), MON)),
    event('BANK_HOLIDAY', 'Summer bank holiday', onOrBefore(ymd(year, 8, 31), MON)),
    event('BANK_HOLIDAY', 'Christmas Day', christmasDays[0]),
    event('BANK_HOLIDAY', 'Boxing Day', christmasDays[1]),
  ].sort((x, y) => x.startsOn.localeCompare(y.startsOn));
}

/**
 * A typical English academic year from September of `startYear`, by simple documented rules (plausible and
 * deterministic, not any one council's dates): Autumn from the first Wednesday of September to the Friday on or
 * before 20 December, half term in the week of the last Monday of October; Spring from the first Monday on or
 * after 2 January to Good Friday, half term in the week of the third Monday of February; Summer from two weeks
 * after Easter Monday to 21 July (or the Friday before, at a weekend), half term in the Spring bank holiday week.
 */
export function academicYearCalendar(
  startYear: number,
  opts: { secondary?: boolean; insetDays?: string[] } = {},
): CalendarEvent[] {
  const next = startYear + 1;
  const autumnStart = onOrAfter(ymd(startYear, 9, 1), WED);
  const autumnEnd = onOrBefore(ymd(startYear, 12, 20), FRI);
  const octHalf = onOrBefore(ymd(startYear, 10, 31), MON);
  const springStart = onOrAfter(ymd(next, 1, 2), MON);
  const febHalf = addDays(onOrAfter(ymd(next, 2, 1), MON), 14);
  const goodFriday = addDays(easterSunday(next), -2);
  const summerStart = addDays(easterSunday(next), 15);
  const mayHalf = onOrBefore(ymd(next, 5, 31), MON);
  const july21 = ymd(next, 7, 21);
  const summerEnd = [0, 6].includes(weekday(july21)) ? onOrBefore(july21, FRI) : july21;
  const insetDays = opts.insetDays ?? [autumnStart, addDays(autumnStart, 1), springStart, summerStart, summerEnd];
  const inYear = (e: CalendarEvent) => e.startsOn >= ymd(startYear, 9, 1) && e.startsOn <= ymd(next, 8, 31);
  return [
    event('TERM', 'Autumn term', autumnStart, autumnEnd),
    event('HALF_TERM', 'Autumn half term', octHalf, addDays(octHalf, 4)),
    event('CLOSURE', 'Christmas closure', ymd(startYear, 12, 24), ymd(next, 1, 1)),
    event('TERM', 'Spring term', springStart, goodFriday),
    event('HALF_TERM', 'Spring half term', febHalf, addDays(febHalf, 4)),
    event('TERM', 'Summer term', summerStart, summerEnd),
    event('HALF_TERM', 'Summer half term', mayHalf, addDays(mayHalf, 4)),
    ...insetDays.map((d) => event('INSET', 'INSET day', d)),
    ...(opts.secondary
      ? [
          event(
            'EXAM_WINDOW',
            'GCSE and A-level exams',
            addDays(onOrAfter(ymd(next, 5, 1), MON), 7),
            addDays(onOrAfter(ymd(next, 6, 1), FRI), 21),
          ),
        ]
      : []),
    ...[...englandBankHolidays(startYear), ...englandBankHolidays(next)].filter(inYear),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind));
}
