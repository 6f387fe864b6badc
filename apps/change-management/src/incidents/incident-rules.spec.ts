import { checkIncidentMove, icoDeadline, icoWarningsDue, independenceProblems, reviewRequired } from './incident-rules';

describe('incident rules', () => {
  it.each([
    { type: 'OUTAGE' as const, severity: 'SEV1' as const, expected: true },
    { type: 'SECURITY' as const, severity: 'SEV2' as const, expected: true },
    { type: 'OUTAGE' as const, severity: 'SEV3' as const, expected: false },
    { type: 'DATA_BREACH' as const, severity: 'SEV4' as const, expected: true },
  ])('$type $severity needs a review: $expected', ({ type, severity, expected }) => {
    expect(reviewRequired(type, severity)).toBe(expected);
  });

  it('puts the ICO deadline exactly 72 hours after awareness, across the clocks going back', () => {
    // Aware Saturday 24 October 2026, 10:00 BST; the clocks go back on Sunday 25th: 72 h later is Tuesday 09:00 GMT.
    const aware = new Date('2026-10-24T09:00:00Z');
    const deadline = icoDeadline('DATA_BREACH', aware)!;
    expect(deadline.toISOString()).toBe('2026-10-27T09:00:00.000Z');
    expect(deadline.getTime() - aware.getTime()).toBe(72 * 3_600_000);
    expect(
      deadline.toLocaleString('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        minute: '2-digit',
        weekday: 'long',
      }),
    ).toBe('Tuesday 09:00');
    expect(icoDeadline('OUTAGE', aware)).toBeNull();
  });

  it.each([
    { title: 'nothing before 48 h', hours: 47.9, warned: 0, notified: false, expected: [] },
    { title: 'the 48 h warning', hours: 48, warned: 0, notified: false, expected: [48] },
    { title: 'not twice', hours: 50, warned: 48, notified: false, expected: [] },
    { title: 'the 66 h warning', hours: 66.5, warned: 48, notified: false, expected: [66] },
    { title: 'both when found late', hours: 70, warned: 0, notified: false, expected: [48, 66] },
    { title: 'none once the ICO is told', hours: 70, warned: 0, notified: true, expected: [] },
  ])('ICO warnings: $title', ({ hours, warned, notified, expected }) => {
    const aware = new Date('2026-11-20T09:00:00Z');
    expect(
      icoWarningsDue(aware, warned, notified ? aware : null, new Date(aware.getTime() + hours * 3_600_000)),
    ).toEqual(expected);
  });

  it.each([
    { from: 'OPEN' as const, to: 'RESOLVED' as const, needs: true, published: false, expected: 'ok' },
    {
      from: 'RESOLVED' as const,
      to: 'REVIEWED' as const,
      needs: true,
      published: false,
      expected: 'INCIDENT_REVIEW_REQUIRED',
    },
    { from: 'RESOLVED' as const, to: 'REVIEWED' as const, needs: true, published: true, expected: 'ok' },
    { from: 'RESOLVED' as const, to: 'REVIEWED' as const, needs: false, published: false, expected: 'ok' },
    { from: 'OPEN' as const, to: 'REVIEWED' as const, needs: false, published: false, expected: 'INCIDENT_STATE_MOVE' },
  ])(
    '$from → $to (review needed $needs, published $published): $expected',
    ({ from, to, needs, published, expected }) => {
      const check = checkIncidentMove(from, to, needs, published);
      expect(check.ok ? 'ok' : check.code).toBe(expected);
    },
  );

  it('lists every way a reviewer worked the incident', () => {
    const who = {
      commanderId: 'cmd',
      openedBy: 'opener',
      entryAuthors: ['cmd', 'writer'],
      changeApprovers: ['approver'],
      changeImplementers: ['impl'],
    };
    expect(independenceProblems('writer', who)).toEqual(['wrote on its timeline']);
    expect(independenceProblems('cmd', who)).toEqual(['commanded the incident', 'wrote on its timeline']);
    expect(independenceProblems('approver', who)).toEqual(['approved a linked change']);
    expect(independenceProblems('impl', who)).toEqual(['implemented a linked change']);
    expect(independenceProblems('outsider', who)).toEqual([]);
  });
});
