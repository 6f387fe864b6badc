import { refuseWeakPassword } from './password-policy';

const cases: { title: string; input: string; expected: string | null }[] = [
  { title: 'refuses 11 characters', input: 'Tr0ub4dor&3', expected: 'at least 12 characters' },
  { title: 'refuses a common password padded to 12', input: 'password1234', expected: 'easy to guess' },
  { title: 'refuses a keyboard walk', input: 'qwertyuiop[]', expected: 'easy to guess' },
  { title: 'accepts four unrelated words', input: 'correct horse battery staple', expected: null },
  { title: 'accepts 128 characters', input: 'a1b2 c3d4 '.repeat(12) + 'zyxwvuts', expected: null },
  { title: 'refuses 129 characters', input: 'x'.repeat(129), expected: 'at most 128' },
];

describe('refuseWeakPassword', () => {
  it.each(cases)('$title', ({ input, expected }) => {
    const refusal = refuseWeakPassword(input);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatchObject({ code: 'PASSWORD_TOO_WEAK', message: expect.stringContaining(expected) });
  });

  it.each(['samokafor123', 'Sam.Okafor.2026', 'okafor-engineer-99'])(
    'refuses %s, built from the person’s own name and email',
    (password) => {
      expect(refuseWeakPassword(password, ['Sam Okafor', 'engineer@northstar.example'])?.message).toContain(
        'Do not build your password from your name',
      );
    },
  );

  it('refuses a password built from the person’s own name and trust', () => {
    expect(refuseWeakPassword('northstarbloggs', ['Jo Bloggs', 'jo.bloggs@northstar.example'])?.code).toBe(
      'PASSWORD_TOO_WEAK',
    );
  });
});
