import { moveSelection, slaLabel, timeLeft } from './sla-badge';

describe('ticket badges', () => {
  it.each([
    { title: 'minutes', input: [45, 'ON_TRACK'] as const, expected: '45 m left' },
    { title: 'hours and minutes', input: [125, 'WARNING'] as const, expected: '2 h 5 m left' },
    { title: 'school hours, never days', input: [45 * 60 + 30, 'ON_TRACK'] as const, expected: '45 h 30 m left' },
    { title: 'nothing once resolved', input: [null, 'ON_TRACK'] as const, expected: '' },
    { title: 'late', input: [-40, 'BREACHED'] as const, expected: '40 m late' },
    { title: 'nothing for a paused clock', input: [300, 'PAUSED'] as const, expected: '' },
  ])('$title', ({ input, expected }) => {
    expect(timeLeft(input[0], input[1])).toBe(expected);
  });

  it('labels SLA states in plain words', () => {
    expect(slaLabel('WARNING')).toBe('Due soon');
  });

  it.each([
    { title: 'j moves down', input: [0, 'j', 3] as const, expected: 1 },
    { title: 'j stops at the last row', input: [2, 'j', 3] as const, expected: 2 },
    { title: 'k moves up and stops at the first', input: [0, 'k', 3] as const, expected: 0 },
    { title: 'an empty list selects nothing', input: [0, 'j', 0] as const, expected: -1 },
  ])('$title', ({ input, expected }) => {
    expect(moveSelection(input[0], input[1], input[2])).toBe(expected);
  });
});
