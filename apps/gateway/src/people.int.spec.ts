import { NORTHSTAR } from '@trustops/demo-data';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { errorCodes, eventually, gql, ok, signIn, startStack, TestStack } from '@trustops/testing';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { user { id } } }`;
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id assignee { id } } }`;
const ASSIGN = `mutation ($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { assignee { id displayName } } }`;
const [oakfield, beechHill] = NORTHSTAR.schools;
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
    const dana = ok(await gql(stack.gatewayUrl, ACCEPT, { token, password: 'lantern orchard piano 42' }))
      .acceptInvitation.user.id;

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
    // The desk's cache of members went with the event, so routing stops choosing her at once too.
    expect(ok(await call(RAISE, raiseAt(oakfield.id, 'Trolley 5 not charging'))).raiseTicket.assignee).toBeNull();
  }, 60_000);
});
