import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { errorCodes, gql, ok } from '@trustops/testing';
import { Client } from 'pg';
import { ACCEPT_INVITATION, callAs, MEMBERS } from '../../testing/factories';
import { startDirectory, TestDirectory } from '../../testing/start-directory';

const SET_UP = `mutation ($input: SetUpTrustInput!) {
  setUpTrust(input: $input) { accessToken role trust { id code name } user { email displayName } } }`;
const STRONG = 'harbour violet teacup 19';
const setUp = (overrides: Record<string, string> = {}) => ({
  input: {
    trustName: 'Moorland Learning Trust',
    trustCode: 'MLT',
    directorName: 'Ruth Adeyemi',
    email: 'ruth.adeyemi@moorland.example',
    password: STRONG,
    ...overrides,
  },
});
const run = promisify(execFile);
const ROOT = join(__dirname, '../../../../..');

describe('a trust moves in: first-run setup on a fresh install, then more trusts by the operator', () => {
  let directory: TestDirectory;
  let catcher: MailCatcher;
  let admin: Client;
  const sql = async (query: string, params: unknown[] = []) => (await admin.query(query, params)).rows;
  const call = (query: string, variables: Record<string, unknown> = {}) => gql(directory.url, query, variables);

  beforeAll(async () => {
    catcher = await startMailCatcher();
    directory = await startDirectory(
      { SMTP_URL: catcher.smtpUrl, PUBLIC_URL: 'https://trustops.test' },
      { seed: false },
    );
    admin = new Client({ connectionString: directory.db.adminUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await directory?.stop();
    await catcher?.stop();
  });

  it('refuses bad input on the setup page, writing nothing', async () => {
    expect(ok(await call('{ setupNeeded }')).setupNeeded).toBe(true);
    const cases: [Record<string, string>, string, string][] = [
      [{ trustCode: 'mlt1' }, 'BAD_USER_INPUT', 'trustCode'],
      [{ email: 'ruth' }, 'BAD_USER_INPUT', 'email'],
      [{ trustName: 'M' }, 'BAD_USER_INPUT', 'trustName'],
      [{ password: 'moorland1234' }, 'PASSWORD_TOO_WEAK', 'password'],
    ];
    for (const [overrides, code, field] of cases) {
      const answer = await call(SET_UP, setUp(overrides));
      expect([errorCodes(answer)[0], answer.errors?.[0].extensions?.field]).toEqual([code, field]);
    }
    expect(await sql('SELECT count(*)::int AS n FROM directory.trust')).toEqual([{ n: 0 }]);
  });

  it('makes the first trust and signs its director in, once: a second setup at the same moment is SETUP_DONE', async () => {
    const [first, second] = await Promise.all([
      call(SET_UP, setUp()),
      call(SET_UP, setUp({ trustCode: 'MLX', email: 'someone.else@moorland.example' })),
    ]);
    const answers = [first, second];
    const made = answers.filter((a) => !a.errors).map((a) => ok(a).setUpTrust);
    expect(made).toHaveLength(1);
    expect(answers.flatMap(errorCodes)).toEqual(['SETUP_DONE']);
    expect(made[0]).toMatchObject({ role: 'IT_DIRECTOR', trust: { name: 'Moorland Learning Trust' } });
    expect(ok(await call('{ setupNeeded }')).setupNeeded).toBe(false);
    expect(errorCodes(await call(SET_UP, setUp({ trustCode: 'ZZZ' })))).toEqual(['SETUP_DONE']);
    expect(await sql('SELECT count(*)::int AS n FROM directory.trust')).toEqual([{ n: 1 }]);

    // The director administers the new trust at once: they are its only member so far.
    const director = callAs(directory.url, made[0].accessToken);
    const people = ok(await director(MEMBERS, {})).members;
    expect(people.edges.map((e: { node: { role: string; status: string } }) => [e.node.role, e.node.status])).toEqual([
      ['IT_DIRECTOR', 'ACTIVE'],
    ]);
    const trustId = made[0].trust.id;
    expect(
      (await sql(`SELECT entity, action FROM directory.audit_log WHERE trust_id = $1 ORDER BY id`, [trustId])).map(
        (r) => `${r.entity} ${r.action}`,
      ),
    ).toEqual(['trust created', 'membership joined', 'session signed_in']);
    expect(
      (await sql('SELECT type FROM directory.outbox WHERE trust_id = $1 ORDER BY seq', [trustId])).map((r) => r.type),
    ).toEqual(['trust.created', 'membership.changed']);
    expect(JSON.stringify(await sql('SELECT after FROM directory.audit_log'))).not.toContain(STRONG);
  });

  it('lets the operator create another trust from the command line and invite its director, who joins by the link', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: directory.db.url,
      SMTP_URL: catcher.smtpUrl,
      PUBLIC_URL: 'https://trustops.test',
    };
    const args = ['-r', '@swc-node/register', 'apps/directory/src/operator/admin.ts', 'create-trust'];
    const created = await run(
      'node',
      [...args, '--code', 'RVA', '--name', 'Riverside Vale Academies', '--director', 'sam@rva.example'],
      { cwd: ROOT, env },
    );
    expect(created.stdout).toMatch(/^Created trust RVA \([0-9a-f-]{36}\); invitation sent to sam@rva\.example\.\n$/);
    const mail = await catcher.waitFor((m) => m.to.includes('sam@rva.example'));
    expect(mail.text).toContain(
      'Your TrustOps operator has invited you to join Riverside Vale Academies on TrustOps as an IT director',
    );
    const token = mail.links[0].split('#token=')[1];
    const joined = ok(await call(ACCEPT_INVITATION, { token, password: STRONG })).acceptInvitation;
    expect(joined).toMatchObject({ role: 'IT_DIRECTOR', trust: { name: 'Riverside Vale Academies' } });

    const again = await run('node', [...args, '--code', 'RVA', '--name', 'Another', '--director', 'alex@rva.example'], {
      cwd: ROOT,
      env,
    }).catch((e) => e);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('TRUST_CODE_TAKEN');
    const usage = await run('node', [...args, '--code', 'RVB'], { cwd: ROOT, env }).catch((e) => e);
    expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining('Missing --name, --director')]);
    // The first-run race's winner (either code) and the operator's trust: nothing else.
    expect(await sql('SELECT code FROM directory.trust ORDER BY code')).toEqual([
      { code: expect.stringMatching(/^ML[TX]$/) },
      { code: 'RVA' },
    ]);
  }, 60_000);
});
