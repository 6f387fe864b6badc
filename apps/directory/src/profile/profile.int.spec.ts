import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { MEMBERS } from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const RENAME = 'mutation ($n: String!) { updateProfile(displayName: $n) { id displayName } }';
const ASK = 'mutation ($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }';
const CONFIRM = 'mutation ($t: String!) { confirmEmailChange(token: $t) { id email displayName } }';
const PASSWORD = 'trustops-demo';

describe('profile: your name and email, everywhere you are a member', () => {
  let running: DirectoryWithCallers;
  let catcher: MailCatcher;
  const userEvents = async (userId: string) =>
    (
      await running.admin.query(
        `SELECT trust_id, payload FROM directory.outbox WHERE type = 'user.updated' AND payload->>'userId' = $1
         ORDER BY seq`,
        [userId],
      )
    ).rows;
  const auditCount = async (action: string, userId: string) =>
    (
      await running.admin.query(
        `SELECT count(*)::int AS n FROM directory.audit_log WHERE action = $1 AND entity_id = $2`,
        [action, userId],
      )
    ).rows[0].n;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    running = await startDirectoryWithCallers({ SMTP_URL: catcher.smtpUrl, PUBLIC_URL: 'https://trustops.test' });
  });
  afterAll(async () => {
    await running?.stop();
    await catcher?.stop();
  });

  it("renames an MSP engineer in both trusts' People pages and every service's copies, audited in each", async () => {
    const { directory, northstar, riverside } = running;
    const msp = demoUser('msp@partner.example');
    const token = await signIn(directory.url, 'msp@partner.example');
    expect(errorCodes(await gql(directory.url, RENAME, { n: 'C' }, token))).toEqual(['BAD_USER_INPUT']);
    const renamed = ok(await gql(directory.url, RENAME, { n: '  Chris Patel-Okoro ' }, token)).updateProfile;
    expect(renamed).toEqual({ id: msp.id, displayName: 'Chris Patel-Okoro' });

    for (const as of [northstar, riverside]) {
      const listed = ok(await as(MEMBERS, { filter: { text: 'okoro' } })).members.edges;
      expect(listed.map((e: { node: { userId: string } }) => e.node.userId)).toEqual([msp.id]);
    }
    const events = await userEvents(msp.id);
    expect(events.map((r) => r.trust_id).sort()).toEqual([NORTHSTAR.id, RIVERSIDE.id].sort());
    expect(events.every((r) => r.payload.displayName === 'Chris Patel-Okoro')).toBe(true);
    expect(events[0].payload.email).toBe('msp@partner.example');
    expect(await auditCount('renamed', msp.id)).toBe(2);
  });

  it('changes an email only once the new address confirms it: password asked, old address told', async () => {
    const { directory, admin } = running;
    const gov = demoUser('governor@northstar.example');
    const token = await signIn(directory.url, gov.email);
    const ask = (e: string, p = PASSWORD) => gql(directory.url, ASK, { e, p }, token);
    const before = await admin.query('SELECT count(*)::int AS n FROM directory.email_change');

    expect(errorCodes(await ask('not an email'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask('governor@northstar.example'))).toEqual(['EMAIL_UNCHANGED']);
    expect(errorCodes(await ask('ceo@northstar.example'))).toEqual(['EMAIL_IN_USE']);
    expect(errorCodes(await ask('jo.new@northstar.example', 'not my password'))).toEqual(['CURRENT_PASSWORD_WRONG']);
    expect(errorCodes(await gql(directory.url, ASK, { e: 'x@y.example', p: PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    expect((await admin.query('SELECT count(*)::int AS n FROM directory.email_change')).rows).toEqual(before.rows);

    expect(ok(await ask(' Jo.New@Northstar.example ')).requestEmailChange).toBe(true);
    const confirm = await catcher.waitFor((m) => m.to.includes('jo.new@northstar.example'));
    const notice = await catcher.waitFor((m) => m.to.includes(gov.email) && m.subject.includes('about to change'));
    expect(confirm.links[0]).toMatch(/^https:\/\/trustops\.test\/confirm-email#token=[\w-]{43}$/);
    expect(notice.text).toContain('jo.new@northstar.example');
    // Until confirmed, nothing changes: the old email still signs in.
    await signIn(directory.url, gov.email);

    const link = confirm.links[0].split('#token=')[1];
    expect(errorCodes(await gql(directory.url, CONFIRM, { t: 'x'.repeat(43) }))).toEqual(['EMAIL_CHANGE_LINK_INVALID']);
    const changed = ok(await gql(directory.url, CONFIRM, { t: link })).confirmEmailChange;
    expect(changed).toEqual({ id: gov.id, email: 'jo.new@northstar.example', displayName: gov.displayName });
    expect(errorCodes(await gql(directory.url, CONFIRM, { t: link }))).toEqual(['EMAIL_CHANGE_LINK_INVALID']);

    await signIn(directory.url, 'jo.new@northstar.example');
    await expect(signIn(directory.url, gov.email)).rejects.toThrow();
    const listed = ok(await running.northstar(MEMBERS, { filter: { text: 'jo.new' } })).members.edges;
    expect(listed.map((e: { node: { userId: string } }) => e.node.userId)).toEqual([gov.id]);
    expect((await userEvents(gov.id)).map((r) => [r.trust_id, r.payload.email])).toEqual([
      [NORTHSTAR.id, 'jo.new@northstar.example'],
    ]);
    const audit = await admin.query(
      `SELECT action, before, after FROM directory.audit_log WHERE entity_id = $1 AND action LIKE 'email%' ORDER BY id`,
      [gov.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['email_change_asked', 'email_changed']);
    expect(audit.rows[1].before.email).toBe(gov.email);
    expect(JSON.stringify(audit.rows)).not.toContain(link);
  });

  it('lets only the latest link confirm, and never onto an address another account took meanwhile', async () => {
    const { directory } = running;
    const token = await signIn(directory.url, 'ceo@northstar.example');
    const ask = (e: string) => gql(directory.url, ASK, { e, p: PASSWORD }, token);
    const linkTo = async (email: string) =>
      (await catcher.waitFor((m) => m.to.includes(email))).links[0].split('#token=')[1];
    ok(await ask('ceo.first@northstar.example'));
    const first = await linkTo('ceo.first@northstar.example');
    ok(await ask('ceo.second@northstar.example'));
    const second = await linkTo('ceo.second@northstar.example');
    expect(errorCodes(await gql(directory.url, CONFIRM, { t: first }))).toEqual(['EMAIL_CHANGE_LINK_INVALID']);

    // Riverside's director asks for the same address and confirms first: the CEO's link can no longer take it.
    const other = await signIn(directory.url, 'director@riverside.example');
    ok(await gql(directory.url, ASK, { e: 'ceo.third@northstar.example', p: PASSWORD }, other));
    const theirs = await linkTo('ceo.third@northstar.example');
    ok(await ask('ceo.third@northstar.example'));
    const mine = (
      await catcher.waitFor((m) => m.to.includes('ceo.third@northstar.example') && !m.links[0].includes(theirs))
    ).links[0].split('#token=')[1];
    ok(await gql(directory.url, CONFIRM, { t: theirs }));
    expect(errorCodes(await gql(directory.url, CONFIRM, { t: mine }))).toEqual(['EMAIL_IN_USE']);
    expect(second).not.toBe(first);
  });
});
