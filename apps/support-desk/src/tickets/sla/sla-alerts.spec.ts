import { alertsDue, AlertFacts, nextAlertAt } from './sla-alerts';

const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00Z`);
const ticket = (over: Partial<AlertFacts> = {}): AlertFacts => ({
  status: 'OPEN',
  firstRespondedAt: null,
  startedAt: at('09:00'),
  firstResponseWarningAt: at('09:45'),
  firstResponseDueAt: at('10:00'),
  firstResponseAlerted: null,
  resolutionWarningAt: at('15:00'),
  resolutionDueAt: at('17:00'),
  resolutionAlerted: null,
  ...over,
});

describe('alertsDue', () => {
  it.each([
    { title: 'nothing before the first warning', t: ticket(), now: '09:30', expected: [] },
    { title: 'a first-response warning at 75%', t: ticket(), now: '09:50', expected: ['FIRST_RESPONSE WARNING'] },
    { title: 'no second warning', t: ticket({ firstResponseAlerted: 'WARNING' }), now: '09:55', expected: [] },
    {
      title: 'a breach once due',
      t: ticket({ firstResponseAlerted: 'WARNING' }),
      now: '10:01',
      expected: ['FIRST_RESPONSE BREACHED'],
    },
    { title: 'only the breach when found late', t: ticket(), now: '10:30', expected: ['FIRST_RESPONSE BREACHED'] },
    {
      title: 'nothing for a clock that already breached',
      t: ticket({ firstResponseAlerted: 'BREACHED' }),
      now: '11:00',
      expected: [],
    },
    {
      title: 'nothing for a first response once answered',
      t: ticket({ firstRespondedAt: at('09:20') }),
      now: '10:30',
      expected: [],
    },
    {
      title: 'both clocks at once',
      t: ticket(),
      now: '17:30',
      expected: ['FIRST_RESPONSE BREACHED', 'RESOLUTION BREACHED'],
    },
    {
      title: 'no resolution alert while paused',
      t: ticket({ status: 'WAITING', startedAt: null, firstRespondedAt: at('09:10') }),
      now: '17:30',
      expected: [],
    },
    { title: 'nothing once resolved', t: ticket({ status: 'RESOLVED', startedAt: null }), now: '17:30', expected: [] },
  ])('$title', ({ t, now, expected }) => {
    expect(alertsDue(t, at(now)).map((a) => `${a.clock} ${a.level}`)).toEqual(expected);
  });
});

describe('nextAlertAt', () => {
  it.each([
    { title: 'the first-response warning first', t: ticket(), expected: at('09:45') },
    { title: 'then its due time', t: ticket({ firstResponseAlerted: 'WARNING' }), expected: at('10:00') },
    { title: 'then the resolution warning', t: ticket({ firstResponseAlerted: 'BREACHED' }), expected: at('15:00') },
    {
      title: 'the resolution warning once answered',
      t: ticket({ firstRespondedAt: at('09:20') }),
      expected: at('15:00'),
    },
    {
      title: 'never while paused and answered',
      t: ticket({ status: 'WAITING', startedAt: null, firstRespondedAt: at('09:20') }),
      expected: null,
    },
    {
      title: 'never when both breached',
      t: ticket({ firstResponseAlerted: 'BREACHED', resolutionAlerted: 'BREACHED' }),
      expected: null,
    },
  ])('$title', ({ t, expected }) => {
    expect(nextAlertAt(t)).toEqual(expected);
  });
});
