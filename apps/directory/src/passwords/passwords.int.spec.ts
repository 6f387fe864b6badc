import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { Client } from 'pg';
import { CallAs } from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }';
const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const NEW_PASSWORD = 'quartz meadow bicycle 77';

describe('passwords: forgotten and changed', () => {
  let running: DirectoryWithCallers;
  let catcher: MailCatcher;
  let admin: Client;
  let url: string;
  const sql = async (query: string, params: unknown[] = []) => (await admin.query(query, params)).rows;
  const call = (query: string, variables: Record<string, unknown>) => gql(url, query, variables);
  const tokenIn = async (email: string, after = 0) => {
    const mail = await catcher.waitFor((m) => m.to.includes(email) && m.id > after);
    return { mail, token: mail.links[0].split('#token=')[1] };
  };

  beforeAll(async () => {
    catcher = await startMailCatcher();
    running = await startDirectoryWithCallers({ SMTP_URL: catcher.smtpUrl, PUBLIC_URL: 'https://trustops.test' });
    ({ admin } = running);
    url = running.directory.url;
  });
  afterAll(async () => {
    await running?.stop();
    await catcher?.stop();
  });

  it('mails a one-time link that sets a new password, answering an unknown address the same way', async () => {
    const known = await call(REQUEST, { email: ' Governor@Northstar.example ' });
    const unknown = await call(REQUEST, { email: 'nobody@northstar.example' });
    expect([known.data, unknown.data]).toEqual([{ requestPasswordReset: true }, { requestPasswordReset: true }]);
    const { mail, token } = await tokenIn('governor@northstar.example');
    expect(mail.subject).toBe('Reset your TrustOps password');
    expect(mail.links[0]).toMatch(/^https:\/\/trustops\.test\/reset-password#token=[\w-]{43}$/);
    // Only the hash is stored.
    expect(JSON.stringify(await sql('SELECT * FROM directory.password_reset'))).not.toContain(token);

    expect(errorCodes(await call(RESET, { token, password: 'martin hale' }))).toEqual(['PASSWORD_TOO_WEAK']);
    expect(ok(await call(RESET, { token, password: NEW_PASSWORD })).resetPassword).toBe(true);
    await expect(signIn(url, 'governor@northstar.example', NEW_PASSWORD)).resolves.toEqual(expect.any(String));
    await expect(signIn(url, 'governor@northstar.example')).rejects.toThrow('UNAUTHENTICATED');
    expect(errorCodes(await call(RESET, { token, password: 'another long phrase 88' }))).toEqual([
      'RESET_LINK_INVALID',
    ]);
    expect(catcher.messages().filter((m) => m.to.includes('nobody@northstar.example'))).toEqual([]);
    const audit = await sql(`SELECT action, after FROM directory.audit_log WHERE entity = 'user' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['password_reset_sent', 'password_reset']);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('refuses an expired link, and stops sending after three requests in an hour', async () => {
    const before = catcher.messages().length;
    await call(REQUEST, { email: 'ceo@northstar.example' });
    const { token } = await tokenIn('ceo@northstar.example');
    await sql(`UPDATE directory.password_reset SET expires_at = now() - interval '1 second'`);
    expect(errorCodes(await call(RESET, { token, password: NEW_PASSWORD }))).toEqual(['RESET_LINK_INVALID']);
    for (let i = 0; i < 4; i++)
      expect(ok(await call(REQUEST, { email: 'ceo@northstar.example' })).requestPasswordReset).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(catcher.messages().filter((m, i) => i >= before && m.to.includes('ceo@northstar.example'))).toHaveLength(3);
  });

  it('changes your own password given the current one, audited in your trust', async () => {
    const engineer: CallAs = (query, variables = {}) => gql(url, query, variables, token);
    let token = await signIn(url, 'engineer@northstar.example');
    expect(errorCodes(await engineer(CHANGE, { c: 'not-it', n: NEW_PASSWORD }))).toEqual(['CURRENT_PASSWORD_WRONG']);
    expect(errorCodes(await engineer(CHANGE, { c: 'trustops-demo', n: 'samokafor123' }))).toEqual([
      'PASSWORD_TOO_WEAK',
    ]);
    expect(ok(await engineer(CHANGE, { c: 'trustops-demo', n: NEW_PASSWORD })).changePassword).toBe(true);
    // Every token issued before the change is refused from now on (the web renews its own from the session cookie).
    expect(errorCodes(await engineer(CHANGE, { c: NEW_PASSWORD, n: 'another long phrase 88' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    token = await signIn(url, 'engineer@northstar.example', NEW_PASSWORD);
    const [row] = await sql(`SELECT actor_id, action FROM directory.audit_log WHERE action = 'password_changed'`);
    expect(row.action).toBe('password_changed');
    expect(errorCodes(await gql(url, CHANGE, { c: 'x', n: NEW_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    // A stolen session cannot guess the password behind it: five wrong tries (one above), then it waits.
    const attempts = [];
    for (let i = 0; i < 6; i++)
      attempts.push(errorCodes(await engineer(CHANGE, { c: `guess-${i}`, n: NEW_PASSWORD }))[0]);
    expect(attempts).toEqual([...Array(4).fill('CURRENT_PASSWORD_WRONG'), 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
