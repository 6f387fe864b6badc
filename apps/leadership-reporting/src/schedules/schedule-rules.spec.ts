import { checkRecipients, nextRun, rangeFor } from './schedule-rules';

describe('schedule rules', () => {
  it('cleans and checks recipients', () => {
    expect(checkRecipients([' Chair@School.org ', 'chair@school.org', 'clerk@school.org'])).toEqual([
      'chair@school.org',
      'clerk@school.org',
    ]);
    expect(() => checkRecipients([])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => checkRecipients(['not an address'])).toThrow(/not an email address/);
    expect(() => checkRecipients([`${'a'.repeat(250)}@school.org`])).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: 'Each address must be 1 to 254 characters',
        details: { field: 'recipients', min: 1, max: 254 },
      }),
    );
    expect(() => checkRecipients(Array.from({ length: 21 }, (_, i) => `clerk${i}@school.org`))).toThrow(
      /at most 20 addresses/,
    );
  });

  it.each([
    { cadence: 'WEEKLY' as const, from: '2026-11-25T07:00:00Z', expected: '2026-12-02T07:00:00.000Z' },
    { cadence: 'MONTHLY' as const, from: '2026-11-25T07:00:00Z', expected: '2026-12-25T07:00:00.000Z' },
    { cadence: 'MONTHLY' as const, from: '2027-01-31T07:00:00Z', expected: '2027-02-28T07:00:00.000Z' },
  ])('$cadence after $from is $expected', ({ cadence, from, expected }) => {
    expect(nextRun(cadence, new Date(from)).toISOString()).toBe(expected);
  });

  it('covers the week or month before the send day', () => {
    expect(rangeFor('WEEKLY', new Date('2026-11-30T07:00:00Z'))).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(rangeFor('MONTHLY', new Date('2026-12-01T07:00:00Z'))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
