import { judgeRefresh, PresentedToken, tokensValidFrom } from './session-rules';

const now = new Date('2026-12-07T10:00:00Z');
const later = new Date('2026-12-07T11:00:00Z');
const good: PresentedToken = {
  handoff: false,
  usedAt: null,
  successorUsed: false,
  expiresAt: later,
  sessionEndedAt: null,
  sessionExpiresAt: later,
};

describe('judgeRefresh', () => {
  it.each([
    { title: 'renews an unused, unexpired token of an open session', token: good, handoff: false, expected: 'ok' },
    { title: 'takes the hand-off token in the body', token: { ...good, handoff: true }, handoff: true, expected: 'ok' },
    { title: 'knows no token it does not hold', token: undefined, handoff: false, expected: 'unknown' },
    { title: 'takes no cookie token in the body', token: good, handoff: true, expected: 'unknown' },
    {
      title: 'takes no hand-off token from a cookie',
      token: { ...good, handoff: true },
      handoff: false,
      expected: 'unknown',
    },
    {
      title: 'calls a used token reuse once what replaced it was used',
      token: { ...good, usedAt: now, successorUsed: true },
      handoff: false,
      expected: 'reused',
    },
    {
      title: 'calls a used token reuse after the retry window',
      token: { ...good, usedAt: new Date(now.getTime() - 31_000) },
      handoff: false,
      expected: 'reused',
    },
    {
      title: 'takes a token used seconds ago, its successor unused, as a retry of a lost answer',
      token: { ...good, usedAt: new Date(now.getTime() - 5_000) },
      handoff: false,
      expected: 'retry',
    },
    {
      title: 'calls any token of an ended session ended, used or not',
      token: { ...good, usedAt: now, sessionEndedAt: now },
      handoff: false,
      expected: 'ended',
    },
    { title: 'refuses an expired token', token: { ...good, expiresAt: now }, handoff: false, expected: 'expired' },
    {
      title: 'refuses a session past its longest life',
      token: { ...good, sessionExpiresAt: now },
      handoff: false,
      expected: 'expired',
    },
  ])('$title', ({ token, handoff, expected }) => {
    expect(judgeRefresh(token, handoff, now)).toBe(expected);
  });
});

describe('tokensValidFrom', () => {
  it('is the next whole second, so a token issued this second is refused and the next one is not', () => {
    expect(tokensValidFrom(new Date('2026-12-07T10:00:00.400Z')).toISOString()).toBe('2026-12-07T10:00:01.000Z');
    expect(tokensValidFrom(new Date('2026-12-07T10:00:00.000Z')).toISOString()).toBe('2026-12-07T10:00:01.000Z');
  });
});
