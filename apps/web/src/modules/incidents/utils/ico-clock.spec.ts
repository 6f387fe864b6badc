import { icoStatus } from './ico-clock';

const now = new Date('2026-11-25T09:00:00Z');

describe('icoStatus', () => {
  it.each([
    { title: 'no clock for other incidents', deadline: null, notified: null, expected: null },
    {
      title: 'plenty of time',
      deadline: '2026-11-27T10:30:00Z',
      notified: null,
      expected: { text: '49 h 30 m left to tell the ICO', tone: 'ok' },
    },
    {
      title: 'the last day',
      deadline: '2026-11-25T15:00:00Z',
      notified: null,
      expected: { text: '6 h 0 m left to tell the ICO', tone: 'warn' },
    },
    {
      title: 'late',
      deadline: '2026-11-25T08:15:00Z',
      notified: null,
      expected: { text: 'ICO deadline passed 0 h 45 m ago', tone: 'bad' },
    },
    {
      title: 'done',
      deadline: '2026-11-25T08:15:00Z',
      notified: '2026-11-24T12:00:00Z',
      expected: { text: 'ICO notified', tone: 'ok' },
    },
  ])('$title', ({ deadline, notified, expected }) => {
    expect(icoStatus(deadline, notified, now)).toEqual(expected);
  });
});
