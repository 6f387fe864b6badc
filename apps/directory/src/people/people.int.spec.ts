import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { Client } from 'pg';
import {
  ACCEPT_INVITATION,
  CallAs,
  INVITE_MEMBER,
  makeInviteInput,
  MEMBERS,
  MEMBER_FIELDS,
  newInvitation,
} from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers, TestDirectory } from '../testing/start-directory';

const STRONG = 'lantern orchard piano 42';
const oakfield = NORTHSTAR.schools[0];

describe('people: invite, accept, change, suspend', () => {
  let directory: TestDirectory;
  let catcher: MailCatcher;
  let admin: Client;
  let northstar: CallAs;
  let riverside: CallAs;
  let technician: CallAs;

  const sql = async (query: string, params: unknown[] = []) => (await admin.query(query, params)).rows;
  const tokenFor = async (email: string) => {
    const mail = await catcher.waitFor((m) => m.to.includes(email));
    const link = mail.links.find((l) => l.includes('/invitation#token='));
    return { mail, token: link!.split('#token=')[1] };
  };
  const latestTokenFor = (email: string) => {
    const mails = catcher.messages().filter((m) => m.to.includes(email));
    return mails[mails.length - 1].links[0].split('#token=')[1];
  };
  const accept = (token: string, password = STRONG) => gql(directory.url, ACCEPT_INVITATION, { token, password });
  const members = async (as: CallAs, filter: Record<string, unknown> = {}, first = 50) =>
    ok(await as(MEMBERS, { filter, first })).members;

  let running: DirectoryWithCallers;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    running = await startDirectoryWithCallers({ SMTP_URL: catcher.smtpUrl, PUBLIC_URL: 'https://trustops.test' });
    ({ directory, admin, northstar, riverside, technician } = running);
  });
  afterAll(async () => {
    await running?.stop();
    await catcher?.stop();
  });

  it('invites a technician for one school by email; they set a password, are signed in there, and are listed ACTIVE', async () => {
    const invited = await newInvitation(northstar, { displayName: 'Dana Fox', schoolIds: [oakfield.id] });
    expect(invited).toMatchObject({ status: 'INVITED', userId: null, schoolIds: [oakfield.id] });
    const { mail, token } = await tokenFor(invited.email);
    expect(mail.subject).toBe('You are invited to Northstar Learning Trust on TrustOps');
    expect(mail.text).toContain(
      'Priya Shah has invited you to join Northstar Learning Trust on TrustOps as a technician',
    );
    expect(mail.links[0]).toMatch(/^https:\/\/trustops\.test\/invitation#token=[\w-]{43}$/);

    const preview = ok(
      await gql(
        directory.url,
        'query ($t: String!) { invitation(token: $t) { email role hasAccount trust { name } } }',
        { t: token },
      ),
    ).invitation;
    expect(preview).toEqual({
      email: invited.email,
      role: 'TECHNICIAN',
      hasAccount: false,
      trust: { name: NORTHSTAR.name },
    });

    const joined = ok(await accept(token)).acceptInvitation;
    expect(joined).toMatchObject({ role: 'TECHNICIAN', trust: { id: NORTHSTAR.id }, user: { email: invited.email } });
    const listed = await members(northstar, { text: 'Dana Fox' });
    expect(listed.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ userId: joined.user.id, status: 'ACTIVE', schoolIds: [oakfield.id] }),
    ]);
    // Their own sign-in works from now on, with the password they chose.
    await expect(signIn(directory.url, invited.email, STRONG)).resolves.toEqual(expect.any(String));

    // Audited with who and what, and announced to every service; never the token or the password.
    const audit = await sql(
      `SELECT entity, action, after::text AS after FROM directory.audit_log
      WHERE entity IN ('invitation', 'membership') AND (after->>'email' = $1 OR entity_id = $2) ORDER BY id`,
      [invited.email, invited.id],
    );
    expect(audit.map((a) => `${a.entity} ${a.action}`)).toEqual([
      'invitation sent',
      'invitation accepted',
      'membership joined',
    ]);
    const everything = JSON.stringify(await sql('SELECT before, after FROM directory.audit_log'));
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(STRONG);
    const [event] = await sql(
      `SELECT payload FROM directory.outbox WHERE type = 'membership.changed' AND payload->>'userId' = $1`,
      [joined.user.id],
    );
    expect(event.payload).toEqual({
      userId: joined.user.id,
      displayName: 'Dana Fox',
      email: invited.email,
      role: 'TECHNICIAN',
      schoolIds: [oakfield.id],
      educatorLead: false,
      status: 'ACTIVE',
      tokensValidFrom: null,
    });
  });

  it('refuses a weak password, then a used, revoked or expired link, writing nothing', async () => {
    const invited = await newInvitation(northstar);
    const { token } = await tokenFor(invited.email);
    const weak = await accept(token, 'password1234');
    expect(errorCodes(weak)).toEqual(['PASSWORD_TOO_WEAK']);
    expect(await sql('SELECT 1 FROM directory.app_user WHERE email = $1', [invited.email])).toHaveLength(0);
    ok(await accept(token));
    expect(errorCodes(await accept(token))).toEqual(['INVITATION_INVALID']);

    const revoked = await newInvitation(northstar);
    const revokedToken = (await tokenFor(revoked.email)).token;
    ok(await northstar(`mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }`, { id: revoked.id }));
    expect(errorCodes(await accept(revokedToken))).toEqual(['INVITATION_INVALID']);

    const expired = await newInvitation(northstar);
    const expiredToken = (await tokenFor(expired.email)).token;
    await sql(`UPDATE directory.invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    expect(errorCodes(await accept(expiredToken))).toEqual(['INVITATION_INVALID']);
    expect(errorCodes(await accept('not-a-token'))).toEqual(['INVITATION_INVALID']);
  });

  it('takes two acceptances of one link at the same moment as one, and two invitations to one address as one', async () => {
    const invited = await newInvitation(northstar);
    const { token } = await tokenFor(invited.email);
    const answers = await Promise.all([accept(token), accept(token)]);
    expect(answers.flatMap(errorCodes)).toEqual(['INVITATION_INVALID']);
    expect(await sql('SELECT count(*)::int AS n FROM directory.app_user WHERE email = $1', [invited.email])).toEqual([
      { n: 1 },
    ]);

    const input = makeInviteInput();
    const invites = await Promise.all([northstar(INVITE_MEMBER, { input }), northstar(INVITE_MEMBER, { input })]);
    const codes = invites.flatMap(errorCodes);
    // The second either waited and was refused, or came after and replaced the first: never an unexplained failure.
    expect(codes.every((c) => c === 'INVITATION_PENDING')).toBe(true);
    expect(
      await sql('SELECT count(*)::int AS n FROM directory.invitation WHERE email = $1 AND revoked_at IS NULL', [
        input.email,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('resends with a fresh link: the old one stops working and the new one joins', async () => {
    const invited = await newInvitation(northstar);
    const first = (await tokenFor(invited.email)).token;
    ok(await northstar(`mutation ($id: ID!) { resendInvitation(invitationId: $id) { id } }`, { id: invited.id }));
    await catcher.waitFor((m) => m.to.includes(invited.email) && !m.text.includes(first));
    expect(errorCodes(await accept(first))).toEqual(['INVITATION_INVALID']);
    ok(await accept(latestTokenFor(invited.email)));
  });

  it('gives an MSP engineer who already uses TrustOps a membership of their existing account, with their own password', async () => {
    const invited = await newInvitation(riverside, {
      email: 'engineer@northstar.example',
      displayName: 'Sam Okafor',
      role: 'ENGINEER',
    });
    const { token } = await tokenFor('engineer@northstar.example');
    expect(
      ok(await gql(directory.url, 'query ($t: String!) { invitation(token: $t) { hasAccount } }', { t: token }))
        .invitation.hasAccount,
    ).toBe(true);
    expect(errorCodes(await accept(token, STRONG))).toEqual(['UNAUTHENTICATED']);
    const joined = ok(await accept(token, 'trustops-demo')).acceptInvitation;
    expect(joined).toMatchObject({ role: 'ENGINEER', trust: { id: RIVERSIDE.id } });
    expect(
      await sql('SELECT count(*)::int AS n FROM directory.app_user WHERE lower(email) = $1', [invited.email]),
    ).toEqual([{ n: 1 }]);
    // Each trust lists them with that trust's role only.
    expect((await members(riverside, { text: 'Sam Okafor' })).edges[0].node.role).toBe('ENGINEER');
    expect((await members(northstar, { text: 'Sam Okafor' })).edges[0].node.role).toBe('ENGINEER');
    expect(
      (await members(riverside, { text: 'northstar.example' })).edges.map(
        (e: { node: { email: string } }) => e.node.email,
      ),
    ).toEqual(['engineer@northstar.example']);
  });

  it('changes a role and scope, suspends (sign-in and old token refused) and restores, each audited', async () => {
    const invited = await newInvitation(northstar, { role: 'STAFF', schoolIds: [oakfield.id] });
    const joined = ok(await accept((await tokenFor(invited.email)).token)).acceptInvitation;
    const userId = joined.user.id;
    const changed = ok(
      await northstar(
        `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { ${MEMBER_FIELDS} } }`,
        {
          input: { userId, role: 'TECHNICIAN', allSchools: true, educatorLead: true },
        },
      ),
    ).updateMembership;
    expect(changed).toMatchObject({ role: 'TECHNICIAN', schoolIds: null, educatorLead: true, status: 'ACTIVE' });
    // The token issued for the old role and school no longer speaks for them.
    const stale = await gql(directory.url, '{ me { id } }', {}, joined.accessToken);
    expect([errorCodes(stale), stale.errors?.[0].message]).toEqual([
      ['UNAUTHENTICATED'],
      'Your role or schools in this trust have changed; sign in again',
    ]);

    const suspend = `mutation ($id: ID!) { suspendMember(userId: $id) { status } }`;
    expect(ok(await northstar(suspend, { id: userId })).suspendMember.status).toBe('SUSPENDED');
    expect(errorCodes(await northstar(suspend, { id: userId }))).toEqual(['MEMBER_ALREADY_SUSPENDED']);
    await expect(signIn(directory.url, invited.email, STRONG)).rejects.toThrow(/FORBIDDEN|not a member/);
    expect(errorCodes(await gql(directory.url, '{ me { id } }', {}, joined.accessToken))).toEqual(['UNAUTHENTICATED']);

    ok(await northstar(`mutation ($id: ID!) { restoreMember(userId: $id) { status } }`, { id: userId }));
    await expect(signIn(directory.url, invited.email, STRONG)).resolves.toEqual(expect.any(String));
    const actions = await sql(
      `SELECT action FROM directory.audit_log WHERE entity = 'membership' AND entity_id = $1 ORDER BY id`,
      [userId],
    );
    expect(actions.map((a) => a.action)).toEqual(['joined', 'updated', 'suspended', 'restored']);
  });

  it('pages through people by name with a total, and filters by role, school and status', async () => {
    const page1 = await members(northstar, {}, 3);
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await northstar(MEMBERS, { first: 3, after: page1.pageInfo.endCursor })).members;
    const names = [...page1.edges, ...page2.edges].map((e: { node: { displayName: string } }) =>
      e.node.displayName.toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(
      (await members(northstar, { role: 'GOVERNOR' })).edges.map((e: { node: { email: string } }) => e.node.email),
    ).toEqual(['governor@northstar.example']);
    const atOakfield = await members(northstar, { schoolId: oakfield.id });
    expect(
      atOakfield.edges.every(
        (e: { node: { schoolIds: string[] | null } }) => !e.node.schoolIds || e.node.schoolIds.includes(oakfield.id),
      ),
    ).toBe(true);
    const invitedOnly = await members(northstar, { status: 'INVITED' });
    expect(invitedOnly.edges.every((e: { node: { status: string } }) => e.node.status === 'INVITED')).toBe(true);
    expect(errorCodes(await northstar(MEMBERS, { filter: { text: 'x'.repeat(201) } }))).toEqual(['BAD_USER_INPUT']);
  });

  describe('bad input and other trusts', () => {
    it.each([
      { title: 'a malformed email', input: { email: 'not an address' }, code: 'BAD_USER_INPUT' },
      { title: 'an existing member', input: { email: 'TECH@northstar.example' }, code: 'MEMBER_EXISTS' },
      { title: "another trust's school", input: { schoolIds: [RIVERSIDE.schools[0].id] }, code: 'SCHOOL_NOT_FOUND' },
      { title: 'an empty school list', input: { schoolIds: [] }, code: 'BAD_USER_INPUT' },
      { title: 'a one-letter name', input: { displayName: 'J' }, code: 'BAD_USER_INPUT' },
    ])('refuses inviting with $title, writing and sending nothing', async ({ input, code }) => {
      const before = catcher.messages().length;
      const [{ n }] = await sql('SELECT count(*)::int AS n FROM directory.invitation');
      expect(errorCodes(await northstar(INVITE_MEMBER, { input: makeInviteInput(input) }))).toEqual([code]);
      expect(await sql('SELECT count(*)::int AS n FROM directory.invitation')).toEqual([{ n }]);
      expect(catcher.messages()).toHaveLength(before);
    });

    it("keeps a Riverside director out of Northstar's people: not listed, not changed, not suspended, not re-invited", async () => {
      const northstarInvite = await newInvitation(northstar);
      const tom = (await members(northstar, { text: 'Tom Reed' })).edges[0].node;
      const listed = await members(riverside, { text: 'northstar' });
      expect(listed.edges.map((e: { node: { email: string } }) => e.node.email)).not.toContain(
        'tech@northstar.example',
      );
      expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(northstarInvite.id);
      const attempts = await Promise.all([
        riverside(`mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { id } }`, {
          input: { userId: tom.userId, role: 'STAFF' },
        }),
        riverside(`mutation ($id: ID!) { suspendMember(userId: $id) { id } }`, { id: tom.userId }),
        riverside(`mutation ($id: ID!) { resendInvitation(invitationId: $id) { id } }`, { id: northstarInvite.id }),
        riverside(`mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }`, { id: northstarInvite.id }),
      ]);
      expect(attempts.map((a) => errorCodes(a)[0])).toEqual([
        'MEMBER_NOT_FOUND',
        'MEMBER_NOT_FOUND',
        'INVITATION_NOT_FOUND',
        'INVITATION_NOT_FOUND',
      ]);
      expect((await members(northstar, { text: 'Tom Reed' })).edges[0].node).toMatchObject({
        role: 'TECHNICIAN',
        status: 'ACTIVE',
      });
    });

    it('lets only the IT director see or change people, and nobody change themselves', async () => {
      expect(errorCodes(await technician(MEMBERS, {}))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await technician(INVITE_MEMBER, { input: makeInviteInput() }))).toEqual(['FORBIDDEN']);
      const me = (await members(northstar, { text: 'Priya Shah' })).edges[0].node;
      expect(
        errorCodes(await northstar(`mutation ($id: ID!) { suspendMember(userId: $id) { id } }`, { id: me.userId })),
      ).toEqual(['MEMBER_SELF_CHANGE']);
    });

    it('answers SERVICE_UNAVAILABLE and writes no invitation while the mail server is down', async () => {
      const port = Number(new URL(catcher.smtpUrl).port);
      await catcher.stop();
      try {
        const input = makeInviteInput();
        const answer = await northstar(INVITE_MEMBER, { input });
        expect(errorCodes(answer)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(await sql('SELECT 1 FROM directory.invitation WHERE email = $1', [input.email])).toHaveLength(0);
      } finally {
        catcher = await startMailCatcher({ smtpPort: port });
      }
    });
  });
});
