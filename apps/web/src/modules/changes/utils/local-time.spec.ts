import { londonTime, toInstant, toLocalInput } from './local-time';

describe('local times for the schedule form', () => {
  it('round-trips an instant through the input format', () => {
    const iso = '2027-01-04T16:00:00.000Z';
    expect(toInstant(toLocalInput(iso))).toBe(iso);
  });

  it('shows a time as a school reads it', () => {
    expect(londonTime('2026-07-01T15:30:00Z')).toBe('Wed 1 Jul, 16:30');
  });
});
