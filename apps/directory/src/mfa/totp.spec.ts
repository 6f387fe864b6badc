import {
  acceptedStep,
  codeAt,
  isRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeHash,
} from './totp';

const now = new Date('2026-12-07T10:00:10Z');
const step = Math.floor(now.getTime() / 30_000);

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('makes 160-bit base32 secrets and an otpauth address naming TrustOps and the account', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri(secret, 'sam@northstar.example')).toBe(
      `otpauth://totp/TrustOps:sam%40northstar.example?issuer=TrustOps&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('takes the current code, and one a step either side for a drifting phone clock', () => {
    expect(acceptedStep(secret, codeAt(secret, now), 0, now)).toBe(step);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 30_000)), 0, now)).toBe(step - 1);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() + 30_000)), 0, now)).toBe(step + 1);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 90_000)), 0, now)).toBeNull();
  });

  it('refuses a code already used (its step or an earlier one), a wrong code and one that is not six digits', () => {
    const code = codeAt(secret, now);
    expect(acceptedStep(secret, code, step, now)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 30_000)), step, now)).toBeNull();
    expect(acceptedStep(secret, code === '000000' ? '111111' : '000000', 0, now)).toBeNull();
    expect(acceptedStep(secret, '12345', 0, now)).toBeNull();
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, 0, now)).toBe(step);
  });
});

describe('recovery codes', () => {
  it('makes ten different codes, read the same whatever the case, spaces or dash', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [first] = codes;
    expect(recoveryCodeHash(first.toUpperCase().replace('-', ' '))).toBe(recoveryCodeHash(first));
    expect(isRecoveryCode(first)).toBe(true);
    expect(isRecoveryCode('123456')).toBe(false);
  });
});
