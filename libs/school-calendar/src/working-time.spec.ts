import { schoolCalendar } from './calendar';
import { addWorkingMinutes, slaDueAt, workingMinutesBetween } from './working-time';

// Autumn 2026: Mon 26 Oct is the first Monday on GMT (clocks went back on Sun 25 Oct);
// Mon 30 Mar 2026 is the first Monday on BST (clocks went forward on Sun 29 Mar).
const cal = schoolCalendar([
  { kind: 'BANK_HOLIDAY', title: 'Christmas Day', startsOn: '2026-12-25', endsOn: '2026-12-25' },
  { kind: 'BANK_HOLIDAY', title: 'Boxing Day', startsOn: '2026-12-28', endsOn: '2026-12-28' },
  { kind: 'CLOSURE', title: 'Snow day', startsOn: '2026-11-18', endsOn: '2026-11-18' },
  { kind: 'HALF_TERM', title: 'Half term', startsOn: '2026-10-26', endsOn: '2026-10-30' },
]);
const at = (iso: string) => new Date(iso);

describe('workingMinutesBetween', () => {
  it.each([
    { title: 'a whole working day is 9 hours', input: ['2026-11-16T00:00:00Z', '2026-11-17T00:00:00Z'], expected: 540 },
    { title: 'a partial morning', input: ['2026-11-16T10:30:00Z', '2026-11-16T11:00:00Z'], expected: 30 },
    { title: 'before hours counts nothing', input: ['2026-11-16T05:00:00Z', '2026-11-16T08:00:00Z'], expected: 0 },
    { title: 'after hours counts nothing', input: ['2026-11-16T17:00:00Z', '2026-11-16T23:00:00Z'], expected: 0 },
    { title: 'a weekend counts nothing', input: ['2026-11-20T17:00:00Z', '2026-11-23T08:00:00Z'], expected: 0 },
    {
      title: 'Friday 16:00 to Monday 09:00 is two hours',
      input: ['2026-11-20T16:00:00Z', '2026-11-23T09:00:00Z'],
      expected: 120,
    },
    { title: 'a school closure is skipped', input: ['2026-11-17T16:00:00Z', '2026-11-19T09:00:00Z'], expected: 120 },
    { title: 'bank holidays are skipped', input: ['2026-12-24T16:00:00Z', '2026-12-29T09:00:00Z'], expected: 120 },
    {
      title: 'half term still counts (the IT team works)',
      input: ['2026-10-27T08:00:00Z', '2026-10-27T17:00:00Z'],
      expected: 540,
    },
    {
      title: 'a BST day is 9 hours of local time (07:00Z–16:00Z)',
      input: ['2026-10-23T07:00:00Z', '2026-10-23T16:00:00Z'],
      expected: 540,
    },
    { title: 'across the change to GMT', input: ['2026-10-23T15:00:00Z', '2026-10-26T09:00:00Z'], expected: 120 },
    { title: 'across the change to BST', input: ['2026-03-27T16:00:00Z', '2026-03-30T08:00:00Z'], expected: 120 },
    { title: 'an empty range', input: ['2026-11-16T10:00:00Z', '2026-11-16T10:00:00Z'], expected: 0 },
    { title: 'a backwards range', input: ['2026-11-17T10:00:00Z', '2026-11-16T10:00:00Z'], expected: 0 },
  ])('$title', ({ input, expected }) => {
    expect(workingMinutesBetween(cal, at(input[0]), at(input[1]))).toBe(expected);
  });
});

describe('addWorkingMinutes', () => {
  it.each([
    { title: 'within the same morning', input: ['2026-11-16T09:00:00Z', 60], expected: '2026-11-16T10:00:00.000Z' },
    {
      title: 'outside hours starts at the next opening',
      input: ['2026-11-16T06:00:00Z', 15],
      expected: '2026-11-16T08:15:00.000Z',
    },
    { title: 'over a weekend', input: ['2026-11-20T16:30:00Z', 60], expected: '2026-11-23T08:30:00.000Z' },
    {
      title: 'BST Friday 16:00 + 2 h is Monday 09:00 GMT',
      input: ['2026-10-23T15:00:00Z', 120],
      expected: '2026-10-26T09:00:00.000Z',
    },
    {
      title: 'GMT Friday 16:00 + 2 h is Monday 09:00 BST',
      input: ['2026-03-27T16:00:00Z', 120],
      expected: '2026-03-30T08:00:00.000Z',
    },
    {
      title: 'two school days (P3 resolution) over a closure',
      input: ['2026-11-17T12:00:00Z', 1080],
      expected: '2026-11-20T12:00:00.000Z',
    },
    {
      title: 'ending exactly at closing time',
      input: ['2026-11-16T16:00:00Z', 60],
      expected: '2026-11-16T17:00:00.000Z',
    },
    {
      title: 'over Christmas bank holidays',
      input: ['2026-12-24T16:00:00Z', 120],
      expected: '2026-12-29T09:00:00.000Z',
    },
  ] as const)('$title', ({ input, expected }) => {
    expect(addWorkingMinutes(cal, at(input[0]), input[1]).toISOString()).toBe(expected);
  });

  it('round-trips with workingMinutesBetween for many starts and lengths', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = at('2026-09-01T00:00:00Z').getTime();
    for (let i = 0; i < 500; i++) {
      const from = new Date(base + Math.floor(random() * 300 * 86_400_000));
      const minutes = 1 + Math.floor(random() * 5000);
      const due = addWorkingMinutes(cal, from, minutes);
      expect({
        from: from.toISOString(),
        minutes: Math.round(workingMinutesBetween(cal, from, due) * 1000) / 1000,
      }).toEqual({ from: from.toISOString(), minutes });
    }
  });
});

describe('slaDueAt', () => {
  it('moves the due time by the working time spent waiting', () => {
    const start = at('2026-11-16T09:00:00Z');
    expect(slaDueAt(cal, start, 240).toISOString()).toBe('2026-11-16T13:00:00.000Z');
    const paused = [{ from: at('2026-11-16T10:00:00Z'), to: at('2026-11-16T12:00:00Z') }];
    expect(slaDueAt(cal, start, 240, paused).toISOString()).toBe('2026-11-16T15:00:00.000Z');
  });

  it('ignores a pause that starts after the due time', () => {
    const paused = [{ from: at('2026-11-16T14:00:00Z'), to: at('2026-11-17T12:00:00Z') }];
    expect(slaDueAt(cal, at('2026-11-16T09:00:00Z'), 60, paused).toISOString()).toBe('2026-11-16T10:00:00.000Z');
  });
});
