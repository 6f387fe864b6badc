import { CalendarEvent, schoolCalendar } from '@trustops/school-calendar';
import { checkApprover, checkStep, freezeBlocks, nextCommonWindow } from './change-rules';

const term = (startsOn: string): CalendarEvent => ({
  kind: 'TERM',
  title: 'Spring term',
  startsOn,
  endsOn: '2027-02-12',
});
// Spring term starts Tuesday 5 January 2027 at Oak (freeze: Thu 31 Dec and Mon 4 Jan, with 1 Jan a bank holiday);
// Elm has an INSET day on Wednesday 6 January.
const holiday: CalendarEvent = {
  kind: 'BANK_HOLIDAY',
  title: "New Year's Day",
  startsOn: '2027-01-01',
  endsOn: '2027-01-01',
};
const oak = schoolCalendar([term('2027-01-05'), holiday]);
const elm = schoolCalendar([
  { kind: 'INSET', title: 'INSET day', startsOn: '2027-01-06', endsOn: '2027-01-06' },
  holiday,
]);
const at = (iso: string) => new Date(iso);

describe('checkApprover', () => {
  it.each([
    {
      title: 'an engineer approves a low-risk change',
      role: 'ENGINEER',
      risk: 'LOW' as const,
      self: false,
      expected: 'ok',
    },
    {
      title: 'an engineer cannot approve a medium-risk change',
      role: 'ENGINEER',
      risk: 'MEDIUM' as const,
      self: false,
      expected: 'CHANGE_NEEDS_DIRECTOR',
    },
    {
      title: 'the director approves a high-risk change',
      role: 'IT_DIRECTOR',
      risk: 'HIGH' as const,
      self: false,
      expected: 'ok',
    },
    {
      title: 'the director cannot approve their own',
      role: 'IT_DIRECTOR',
      risk: 'LOW' as const,
      self: true,
      expected: 'SELF_APPROVAL',
    },
    {
      title: 'a technician cannot approve',
      role: 'TECHNICIAN',
      risk: 'LOW' as const,
      self: false,
      expected: 'FORBIDDEN',
    },
  ])('$title', ({ role, risk, self, expected }) => {
    const result = checkApprover(role, 'me', self ? 'me' : 'someone', risk);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('checkStep', () => {
  it('schedules an approved change and reschedules a scheduled one, nothing else', () => {
    expect(checkStep('schedule', 'APPROVED').ok).toBe(true);
    expect(checkStep('schedule', 'SCHEDULED').ok).toBe(true);
    expect(checkStep('schedule', 'SUBMITTED')).toMatchObject({ ok: false, code: 'CHANGE_STATUS_MOVE' });
  });
});

describe('freezeBlocks', () => {
  const schools = [
    { schoolId: 'oak', schoolName: 'Oak', calendar: oak, consented: false },
    { schoolId: 'elm', schoolName: 'Elm', calendar: elm, consented: false },
  ];
  it('names the school and the freeze the day before term', () => {
    expect(freezeBlocks(schools, at('2027-01-04T16:00:00Z'), at('2027-01-04T18:00:00Z'))).toEqual([
      {
        schoolId: 'oak',
        schoolName: 'Oak',
        freeze: {
          kind: 'TERM_START',
          title: 'Last two working days before Spring term',
          startsOn: '2026-12-31',
          endsOn: '2027-01-04',
        },
      },
    ]);
  });

  it('lets a school whose educator consented through', () => {
    expect(
      freezeBlocks(
        [{ ...schools[0], consented: true }, schools[1]],
        at('2027-01-04T16:00:00Z'),
        at('2027-01-04T18:00:00Z'),
      ),
    ).toEqual([]);
  });
});

describe('nextCommonWindow', () => {
  it('finds the first window clear at both schools, at the same time of day', () => {
    // Oak is frozen 31 Dec and 4 Jan, Elm on 6 Jan: the 4th moves to the 5th, which is clear at both.
    expect(nextCommonWindow([oak, elm], at('2027-01-04T16:00:00Z'), 120)).toEqual({
      start: at('2027-01-05T16:00:00Z'),
      end: at('2027-01-05T18:00:00Z'),
    });
  });
});
