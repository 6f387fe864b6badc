import { testOutcome } from './sso-test';

describe('testOutcome', () => {
  it('says what a real sign-in would do for each match', () => {
    const say = (found: Parameters<typeof testOutcome>[0], allowNew = false) =>
      testOutcome(found, 'jo@n.example', 'Northstar', allowNew).outcome;
    expect(say({ by: 'link', active: true })).toBe('SIGNS_IN');
    expect(say({ by: 'link', active: false })).toBe('SSO_NO_MEMBER');
    expect(say({ by: 'email' })).toBe('LINKS');
    expect(say({ by: 'none', invitation: { id: 'i' } })).toBe('ACCEPTS_INVITATION');
    expect(say({ by: 'none', invitation: null }, true)).toBe('ADDS');
    expect(say({ by: 'none', invitation: null })).toBe('SSO_NO_MEMBER');
    expect(testOutcome({ by: 'email' }, 'jo@n.example', 'Northstar', false).message).toContain('links them');
  });
});
