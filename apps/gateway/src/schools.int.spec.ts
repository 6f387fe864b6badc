import { adminUrl, errorCodes, eventually, gql, ok, signIn, startStack, TestStack } from '@trustops/testing';
import { Client } from 'pg';

const ADD_SCHOOL = `mutation ($input: AddSchoolInput!) { addSchool(input: $input) { id name closedAt } }`;
const CLOSE_SCHOOL = `mutation ($id: ID!) { closeSchool(schoolId: $id) { id closedAt } }`;
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id status sla { state } } }`;
const BOARD = '{ board { schools { school { id } schoolName } } }';
const raiseAt = (schoolId: string, subject: string) => ({
  input: {
    schoolId,
    subject,
    description: 'Projector in the hall',
    kind: 'FAULT',
    impact: 'MEDIUM',
    urgency: 'HIGH',
    category: 'AV',
  },
});

describe('schools across the stack: a new school is ready for tickets in seconds, a closed one takes none', () => {
  let stack: TestStack;
  let admin: Client;
  let director: string;
  let engineer: string;
  const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.gatewayUrl, query, variables, token);
  const count = async (sql: string, params: unknown[]) => (await admin.query(sql, params)).rows[0].n as number;

  beforeAll(async () => {
    stack = await startStack();
    const url = new URL(adminUrl());
    url.pathname = `/${stack.databaseName}`;
    admin = new Client({ connectionString: url.toString() });
    admin.on('error', () => undefined);
    await admin.connect();
    [director, engineer] = await Promise.all([
      signIn(stack.gatewayUrl, 'director@northstar.example'),
      // An engineer's scope is every school of the trust, so a school added today is theirs at once.
      signIn(stack.gatewayUrl, 'engineer@northstar.example'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await admin?.end().catch(() => undefined);
    await stack?.stop();
  });

  it('takes a ticket for a new school, with its calendar at the desk, then refuses one once it is closed and drops it from the board', async () => {
    const school = ok(
      await call(director, ADD_SCHOOL, {
        input: {
          name: 'Meadow Lane Primary',
          urn: '171101',
          phase: 'PRIMARY',
          localAuthority: 'Leeds',
          sites: ['Main site'],
        },
      }),
    ).addSchool;
    const started = Date.now();
    const first = await eventually(
      () => call(engineer, RAISE, raiseAt(school.id, 'Projector in the hall is dead')),
      // Until the desk's copy has applied school.added, the school is not there for it yet.
      (res) => !errorCodes(res).includes('SCHOOL_NOT_FOUND'),
      5_000,
    );
    expect(ok(first).raiseTicket.status).toBe('NEW');
    expect(Date.now() - started).toBeLessThan(5_000);
    // The desk's copy has the school's own calendar: every event directory gave it.
    const given = await count('SELECT count(*)::int AS n FROM directory.calendar_event WHERE school_id = $1', [
      school.id,
    ]);
    expect(given).toBeGreaterThan(10);
    expect(
      await eventually(
        () => count('SELECT count(*)::int AS n FROM support_desk.calendar_ref WHERE school_id = $1', [school.id]),
        (n) => n === given,
      ),
    ).toBe(given);
    const onBoard = await eventually(
      async () => ok(await call(director, BOARD)).board.schools.map((s: { school: { id: string } }) => s.school.id),
      (ids: string[]) => ids.includes(school.id),
    );
    expect(onBoard).toContain(school.id);

    const closed = ok(await call(director, CLOSE_SCHOOL, { id: school.id })).closeSchool;
    expect(closed.closedAt).toEqual(expect.any(String));
    const refused = await eventually(
      () => call(engineer, RAISE, raiseAt(school.id, 'Another projector')),
      (res) => errorCodes(res).includes('SCHOOL_CLOSED'),
      5_000,
    );
    expect(errorCodes(refused)).toEqual(['SCHOOL_CLOSED']);
    expect(refused.errors?.[0].message).toMatch(
      /^Meadow Lane Primary closed on \d{1,2} \w+ \d{4}; raise it for the school/,
    );
    // Its ticket can still be worked.
    const moved = await call(
      engineer,
      'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: OPEN) { status } }',
      { t: ok(first).raiseTicket.id },
    );
    expect(ok(moved).changeTicketStatus.status).toBe('OPEN');
    const offBoard = await eventually(
      async () => ok(await call(director, BOARD)).board.schools.map((s: { school: { id: string } }) => s.school.id),
      (ids: string[]) => !ids.includes(school.id),
    );
    expect(offBoard).not.toContain(school.id);
    expect(offBoard.length).toBeGreaterThan(0);
    const status = await call(director, 'query ($id: ID!) { schoolStatus(schoolId: $id) { school { id } } }', {
      id: school.id,
    });
    expect(ok(status).schoolStatus.school.id).toBe(school.id);
  });
});
