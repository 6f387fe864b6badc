import { academicYearCalendar } from './academic-year';
import { schoolCalendar } from './calendar';
import { freezeAt, freezesBetween, nextFreeWindow } from './freezes';
import { examWindowAt, isInTerm } from './terms';

const secondary = schoolCalendar(academicYearCalendar(2026, { secondary: true }));
const primary = schoolCalendar(academicYearCalendar(2026));
const at = (iso: string) => new Date(iso);

describe('terms and exam windows', () => {
  it.each([
    { title: 'a November school day is in term', input: '2026-11-25T10:00:00Z', expected: true },
    { title: 'half term is not in term', input: '2026-10-28T10:00:00Z', expected: false },
    { title: 'the Easter holiday is not in term', input: '2027-04-06T10:00:00Z', expected: false },
    { title: 'the summer holiday is not in term', input: '2027-08-10T10:00:00Z', expected: false },
  ])('$title', ({ input, expected }) => {
    expect(isInTerm(secondary, at(input))).toBe(expected);
  });

  it('finds the exam window of a secondary and none for a primary', () => {
    expect(examWindowAt(secondary, at('2027-05-20T10:00:00Z'))?.title).toBe('GCSE and A-level exams');
    expect(examWindowAt(primary, at('2027-05-20T10:00:00Z'))).toBeNull();
  });
});

describe('freezes', () => {
  it.each([
    {
      title: 'the last two working days before the Summer term',
      input: '2027-04-08T10:00:00Z',
      expected: ['TERM_START', '2027-04-08', '2027-04-09'],
    },
    {
      title: 'the two working days before Spring, skipping the Christmas closure',
      input: '2026-12-23T10:00:00Z',
      expected: ['TERM_START', '2026-12-22', '2026-12-23'],
    },
    { title: 'an INSET day', input: '2027-07-21T10:00:00Z', expected: ['INSET', '2027-07-21', '2027-07-21'] },
    { title: 'the exam window', input: '2027-06-01T18:00:00Z', expected: ['EXAM_WINDOW', '2027-05-10', '2027-06-25'] },
  ])('$title', ({ input, expected }) => {
    const freeze = freezeAt(secondary, at(input));
    expect(freeze && [freeze.kind, freeze.startsOn, freeze.endsOn]).toEqual(expected);
  });

  it('has no freeze on an ordinary November evening', () => {
    expect(freezeAt(secondary, at('2026-11-25T18:00:00Z'))).toBeNull();
  });

  it('treats trust-defined freezes as freezes', () => {
    const cal = schoolCalendar([
      { kind: 'FREEZE', title: 'Ofsted visit', startsOn: '2026-11-10', endsOn: '2026-11-11' },
    ]);
    expect(freezesBetween(cal, '2026-11-01', '2026-11-30')).toEqual([
      { kind: 'TRUST', title: 'Ofsted visit', startsOn: '2026-11-10', endsOn: '2026-11-11' },
    ]);
  });

  it('lists the freezes of a range in date order', () => {
    expect(freezesBetween(secondary, '2027-03-01', '2027-04-30').map((f) => [f.kind, f.startsOn])).toEqual([
      ['TERM_START', '2027-04-08'],
      ['INSET', '2027-04-12'],
    ]);
  });

  it('offers the evening after the exam window for a change inside it', () => {
    const window = nextFreeWindow(secondary, at('2027-06-01T17:30:00Z'), 120);
    expect(window.start.toISOString()).toBe('2027-06-26T17:30:00.000Z');
    expect(window.end.toISOString()).toBe('2027-06-26T19:30:00.000Z');
  });

  it('offers the weekend after a term-start freeze for a short change', () => {
    expect(nextFreeWindow(primary, at('2027-04-08T17:00:00Z'), 60).start.toISOString()).toBe(
      '2027-04-10T17:00:00.000Z',
    );
  });

  it('jumps over the term-start freeze and then the INSET day a long change would touch', () => {
    const window = nextFreeWindow(primary, at('2027-04-08T17:00:00Z'), 3 * 24 * 60);
    expect(window.start.toISOString()).toBe('2027-04-13T17:00:00.000Z');
  });

  it('keeps a window that touches no freeze', () => {
    const from = at('2026-11-25T18:00:00Z');
    expect(nextFreeWindow(primary, from, 90)).toEqual({ start: from, end: at('2026-11-25T19:30:00Z') });
  });
});
