import { NORTHSTAR } from '@trustops/demo-data';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { errorCodes, eventually, gql, ok, signIn, startStack, TestStack } from '@trustops/testing';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken user { id } } }`;
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id assignee { id } } }`;
const ASSIGN = `mutation ($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { assignee { id displayName } } }`;
const ACCEPT_TOKEN = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken } }`;
const [oakfield, beechHill] = NORTHSTAR.schools;
const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');
const raiseAt = (schoolId: string, subject: string) => ({
  input: {
    schoolId,
    subject,
    description: 'Laptop trolley will not charge',
    kind: 'FAULT',
    impact: 'MEDIUM',
    urgency: 'MEDIUM',
    category: 'DEVICES',
  },
});

describe('people across the stack: every service learns of a new or suspended member within seconds', () => {
  let stack: TestStack;
  let catcher: MailCatcher;
  let director: string;
  const call = (query: string, variables: Record<string, unknown> = {}, token = director) =>
    gql(stack.gatewayUrl, query, variables, token);

  beforeAll(async () => {
    catcher = await startMailCatcher();
    stack = await startStack({ env: { SMTP_URL: catcher.smtpUrl } });
    director = await signIn(stack.gatewayUrl, 'director@northstar.example');
  });
  afterAll(async () => {
    await stack?.stop();
    await catcher?.stop();
  });

  it('lets a technician invited for one school hold its tickets within 5 s of joining (not another school’s), and none once suspended', async () => {
    const email = `dana.fox.${Date.now()}@northstar.example`;
    ok(await call(INVITE, { input: { email, displayName: 'Dana Fox', role: 'TECHNICIAN', schoolIds: [oakfield.id] } }));
    const mail = await catcher.waitFor((m) => m.to.includes(email));
    const token = mail.links[0].split('#token=')[1];
    const joinedAt = Date.now();
    const accepted = ok(
      await gql(stack.gatewayUrl, ACCEPT, { token, password: 'lantern orchard piano 42' }),
    ).acceptInvitation;
    const dana = accepted.user.id;

    const atOakfield = ok(await call(RAISE, raiseAt(oakfield.id, 'Trolley 3 not charging'))).raiseTicket.id;
    const assigned = await eventually(
      () => call(ASSIGN, { t: atOakfield, a: dana }),
      (answer) => !answer.errors,
      5_000,
    );
    expect(ok(assigned).assignTicket.assignee).toEqual({ id: dana, displayName: 'Dana Fox' });
    expect(Date.now() - joinedAt).toBeLessThan(5_000);
    const atBeechHill = ok(await call(RAISE, raiseAt(beechHill.id, 'Trolley 1 not charging'))).raiseTicket.id;
    expect(errorCodes(await call(ASSIGN, { t: atBeechHill, a: dana }))).toEqual(['ASSIGNEE_NOT_ALLOWED']);

    // A routing rule sends Oakfield's devices tickets to her, until she is suspended.
    ok(
      await call(`mutation ($i: AddRoutingRuleInput!) { addRoutingRule(input: $i) { id } }`, {
        i: { schoolId: oakfield.id, category: 'DEVICES', assigneeId: dana },
      }),
    );
    expect(ok(await call(RAISE, raiseAt(oakfield.id, 'Trolley 4 not charging'))).raiseTicket.assignee).toEqual({
      id: dana,
    });
    // Her own session works until she is suspended: the desk and change management answer her.
    const asDana = (query: string) => gql(stack.gatewayUrl, query, {}, accepted.accessToken);
    ok(await asDana('{ tickets(first: 1) { totalCount } }'));
    ok(await asDana('{ changes { id } }'));
    ok(await call(`mutation ($id: ID!) { suspendMember(userId: $id) { status } }`, { id: dana }));
    const suspendedAt = Date.now();
    const refused = await eventually(
      () => call(ASSIGN, { t: atOakfield, a: dana }),
      (answer) => errorCodes(answer)[0] === 'ASSIGNEE_NOT_ALLOWED',
      5_000,
    );
    expect(errorCodes(refused)).toEqual(['ASSIGNEE_NOT_ALLOWED']);
    expect(refused.errors![0].message).toBe(
      'Dana Fox is suspended; restore them on the People page or choose someone else',
    );
    expect(Date.now() - suspendedAt).toBeLessThan(5_000);
    // Her token has hours left, but every service refuses it once their copy of members has the suspension.
    const refusedEverywhere = await eventually(
      () => Promise.all(['{ tickets(first: 1) { totalCount } }', '{ changes { id } }', '{ me { id } }'].map(asDana)),
      (answers) => answers.every((a) => errorCodes(a)[0] === 'UNAUTHENTICATED'),
      5_000,
    );
    expect(refusedEverywhere.map((a) => errorCodes(a))).toEqual([
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
    ]);
    expect(refusedEverywhere[0].errors![0].message).toBe(
      'Your membership of this trust is suspended; ask your IT director',
    );
    expect(Date.now() - suspendedAt).toBeLessThan(5_000);
    // The desk's cache of members went with the event, so routing stops choosing her at once too.
    expect(ok(await call(RAISE, raiseAt(oakfield.id, 'Trolley 5 not charging'))).raiseTicket.assignee).toBeNull();
  }, 60_000);

  it('sets up a trust an operator created in every service: its director adds a school and a ticket there takes its code', async () => {
    const env = { ...process.env, DATABASE_URL: stack.databaseUrl, SMTP_URL: catcher.smtpUrl };
    await run(
      'node',
      [
        '-r',
        '@swc-node/register',
        'apps/directory/src/operator/admin.ts',
        'create-trust',
        '--code',
        'MVT',
        '--name',
        'Moor View Trust',
        '--director',
        'ola@mvt.example',
      ],
      { cwd: ROOT, env },
    );
    const mail = await catcher.waitFor((m) => m.to.includes('ola@mvt.example'));
    const token = mail.links[0].split('#token=')[1];
    const joined = ok(
      await gql(stack.gatewayUrl, ACCEPT_TOKEN, { token, password: 'lantern orchard piano 42' }),
    ).acceptInvitation;
    const school = ok(
      await call(
        `mutation ($input: AddSchoolInput!) { addSchool(input: $input) { id } }`,
        { input: { name: 'Moor View Primary', urn: '180001', phase: 'PRIMARY', localAuthority: 'Cumbria' } },
        joined.accessToken,
      ),
    ).addSchool;
    const raised = await eventually(
      () =>
        call(
          `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { number } }`,
          raiseAt(school.id, 'Hall projector dead'),
          joined.accessToken,
        ),
      (answer) => !answer.errors,
      10_000,
    );
    expect(ok(raised).raiseTicket.number).toMatch(/^MVT-\d+$/);
    // Northstar's director sees nothing of it.
    expect(ok(await call('{ schools { id } }')).schools.map((s: { id: string }) => s.id)).not.toContain(school.id);
  }, 60_000);
});
