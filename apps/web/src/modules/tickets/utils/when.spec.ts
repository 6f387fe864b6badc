import { when, workingTime } from './when';

describe('when and workingTime', () => {
  it('shows London time, BST in summer', () => {
    expect(when('2026-07-01T08:30:00Z')).toBe('1 Jul 2026, 09:30');
    expect(when(null)).toBe('—');
  });

  it.each([
    [15, '15 m'],
    [60, '1 h'],
    [1080, '18 h'],
    [90, '1 h 30 m'],
  ])('%i minutes → %s', (minutes, expected) => {
    expect(workingTime(minutes)).toBe(expected);
  });
});
