import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { codeAt } from './totp';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken } }`;
const VERIFY = `mutation ($challenge: String!, $code: String!) {
  verifySignIn(challenge: $challenge, code: $code) { accessToken sessionHandoff recoveryCodes trust { code } } }`;
const ENROL = `mutation ($challenge: String) { mfaEnrolment(challenge: $challenge) { secret otpauthUri qrCode } }`;
const CONFIRM = 'mutation ($code: String!) { confirmMfa(code: $code) }';
const TURN_OFF = 'mutation ($code: String!) { turnOffMfa(code: $code) }';
const STATUS = '{ mfaStatus { enabled required recoveryCodesLeft } }';
const SETTINGS = '{ securitySettings { mfaRequired } }';
const SET_RULE = 'mutation ($required: Boolean!) { setMfaRequired(required: $required) { mfaRequired } }';

/**
 * The code `steps` 30-second windows after `from`: a code is taken once, so a test's second code is the next
 * window's (taken a window early, as a phone running fast would show it).
 */
const stepCode = (secret: string, from: number, steps = 0) => codeAt(secret, new Date(from + steps * 30_000));

describe('two-step sign-in (TOTP and recovery codes)', () => {
  let running: DirectoryWithCallers;
  let url: string;
  const sql = async (query: string, params: unknown[] = []) => (await running.admin.query(query, params)).rows;
  const call = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    gql(url, query, variables, token);
  const challengeOf = async (email: string) => {
    const answer = await call(SIGN_IN, { email, password: 'trustops-demo' });
    expect(errorCodes(answer)).toEqual(['MFA_REQUIRED']);
    return answer.errors![0].extensions as { challenge: string; enrolmentRequired: boolean };
  };

  beforeAll(async () => {
    running = await startDirectoryWithCallers();
    url = running.directory.url;
  });
  afterAll(() => running?.stop());

  it('sets up an app from the profile, then asks every sign-in for a code, once per code, or a recovery code', async () => {
    const token = await signIn(url, 'ceo@northstar.example');
    const enrolment = ok(await call(ENROL, {}, token)).mfaEnrolment;
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/TrustOps:ceo%40northstar.example?issuer=TrustOps&secret=${enrolment.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(errorCodes(await call(CONFIRM, { code: '000000' }, token))).toEqual(['MFA_CODE_WRONG']);
    const t0 = Date.now();
    const codes: string[] = ok(await call(CONFIRM, { code: stepCode(enrolment.secret, t0) }, token)).confirmMfa;
    expect(codes).toHaveLength(10);
    expect(ok(await call(STATUS, {}, token)).mfaStatus).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    expect(errorCodes(await call(ENROL, {}, token))).toEqual(['MFA_ALREADY_ON']);

    const { challenge, enrolmentRequired } = await challengeOf('ceo@northstar.example');
    expect(enrolmentRequired).toBe(false);
    // The code that turned it on was taken: it does not sign in again within its window.
    expect(errorCodes(await call(VERIFY, { challenge, code: stepCode(enrolment.secret, t0) }))).toEqual([
      'MFA_CODE_WRONG',
    ]);
    const payload = ok(await call(VERIFY, { challenge, code: stepCode(enrolment.secret, t0, 1) })).verifySignIn;
    expect(payload).toMatchObject({ trust: { code: 'NLT' }, sessionHandoff: expect.any(String), recoveryCodes: null });
    expect(errorCodes(await call(VERIFY, { challenge, code: stepCode(enrolment.secret, t0, 1) }))).toEqual([
      'MFA_CHALLENGE_INVALID',
    ]);

    const again = await challengeOf('ceo@northstar.example');
    ok(await call(VERIFY, { challenge: again.challenge, code: codes[0].toUpperCase() }));
    const third = await challengeOf('ceo@northstar.example');
    expect(errorCodes(await call(VERIFY, { challenge: third.challenge, code: codes[0] }))).toEqual(['MFA_CODE_WRONG']);
    expect(ok(await call(STATUS, {}, payload.accessToken)).mfaStatus.recoveryCodesLeft).toBe(9);

    // Secrets stay out of the audit; recovery codes are kept as hashes only.
    const stored = JSON.stringify(await sql('SELECT * FROM directory.mfa_recovery_code'));
    expect(stored).not.toContain(codes[1]);
    const audit = JSON.stringify(await sql(`SELECT * FROM directory.audit_log WHERE action LIKE 'mfa%'`));
    expect(audit).toContain('mfa_turned_on');
    expect(audit).not.toContain(enrolment.secret);
  });

  it('ends a challenge after five wrong codes', async () => {
    const { challenge } = await challengeOf('ceo@northstar.example');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(errorCodes(await call(VERIFY, { challenge, code: '000000' }))[0]);
    expect(answers).toEqual([...Array(5).fill('MFA_CODE_WRONG'), 'MFA_CHALLENGE_INVALID']);
  });

  it("makes a trust's IT directors set an app up on the way in once the trust requires it; the rule is the trust's own", async () => {
    const director = await signIn(url, 'director@riverside.example');
    expect(ok(await call(SETTINGS, {}, director)).securitySettings).toEqual({ mfaRequired: false });
    expect(errorCodes(await call(SET_RULE, { required: true }, await signIn(url, 'msp@partner.example')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(ok(await call(SET_RULE, { required: true }, director)).setMfaRequired).toEqual({ mfaRequired: true });
    // Northstar's rule is untouched: its director still signs in with a password alone.
    await expect(signIn(url, 'director@northstar.example')).resolves.toEqual(expect.any(String));
    const [rules] = await sql(`SELECT array_agg(code || ':' || mfa_required ORDER BY code) AS r FROM directory.trust`);
    expect(rules.r).toEqual(['NLT:false', 'RVA:true']);

    const { challenge, enrolmentRequired } = await challengeOf('director@riverside.example');
    expect(enrolmentRequired).toBe(true);
    expect(errorCodes(await call(VERIFY, { challenge, code: '123456' }))).toEqual(['MFA_NOT_STARTED']);
    const { secret } = ok(await call(ENROL, { challenge })).mfaEnrolment;
    const t0 = Date.now();
    const payload = ok(await call(VERIFY, { challenge, code: stepCode(secret, t0) })).verifySignIn;
    expect(payload.recoveryCodes).toHaveLength(10);
    const status = ok(await call(STATUS, {}, payload.accessToken)).mfaStatus;
    expect(status).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
    expect(errorCodes(await call(TURN_OFF, { code: stepCode(secret, t0, 1) }, payload.accessToken))).toEqual([
      'MFA_REQUIRED_BY_TRUST',
    ]);
    const [row] = await sql(`SELECT before, after FROM directory.audit_log WHERE action = 'mfa_rule_changed'`);
    expect(row).toEqual({ before: { mfaRequired: false }, after: { mfaRequired: true } });
  });

  it('locks codes for 15 minutes after ten wrong ones in a row, wherever they were typed', async () => {
    const token = await signIn(url, 'reviewer@independent.example');
    const { secret } = ok(await call(ENROL, {}, token)).mfaEnrolment;
    const t0 = Date.now();
    ok(await call(CONFIRM, { code: stepCode(secret, t0) }, token));
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(errorCodes(await call(TURN_OFF, { code: '000000' }, token))[0]);
    expect(answers).toEqual(Array(10).fill('MFA_CODE_WRONG'));
    // The right code is not even looked at now, here or at sign-in.
    const locked = await call(TURN_OFF, { code: stepCode(secret, t0, 1) }, token);
    expect(errorCodes(locked)).toEqual(['MFA_LOCKED']);
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(890);
    const { challenge } = await challengeOf('reviewer@independent.example');
    expect(errorCodes(await call(VERIFY, { challenge, code: stepCode(secret, t0, 1) }))).toEqual(['MFA_LOCKED']);
  });

  it('lets someone whose trust does not require it turn it off with a current code', async () => {
    const token = await signIn(url, 'governor@northstar.example');
    const { secret } = ok(await call(ENROL, {}, token)).mfaEnrolment;
    const t0 = Date.now();
    ok(await call(CONFIRM, { code: stepCode(secret, t0) }, token));
    expect(errorCodes(await call(TURN_OFF, { code: '000000' }, token))).toEqual(['MFA_CODE_WRONG']);
    expect(ok(await call(TURN_OFF, { code: stepCode(secret, t0, 1) }, token)).turnOffMfa).toBe(true);
    await expect(signIn(url, 'governor@northstar.example')).resolves.toEqual(expect.any(String));
  });
});
