import { currentAcademicYear, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, gql, signIn } from '@trustops/testing';
import { Client } from 'pg';
import { startDirectory, TestDirectory } from './testing/start-directory';

const oakfield = NORTHSTAR.schools[0];
// The demo calendars are for the academic year running today; dates in these tests follow it.
const year = currentAcademicYear();
const wholeYear = `from: "${year}-09-01", to: "${year + 1}-08-31"`;

describe('tenancy: one trust never sees or changes another', () => {
  let directory: TestDirectory;
  let northstar: string;
  let riverside: string;
  beforeAll(async () => {
    directory = await startDirectory();
    [northstar, riverside] = await Promise.all([
      signIn(directory.url, 'director@northstar.example'),
      signIn(directory.url, 'director@riverside.example'),
    ]);
  });
  afterAll(() => directory.stop());

  it('lists only the caller trust schools', async () => {
    const [n, r] = await Promise.all([
      gql(directory.url, '{ schools { id name } }', {}, northstar),
      gql(directory.url, '{ schools { id name } }', {}, riverside),
    ]);
    expect(n.data!.schools).toHaveLength(12);
    expect(r.data!.schools.map((s: { id: string }) => s.id).sort()).toEqual(RIVERSIDE.schools.map((s) => s.id).sort());
  });

  it('returns null for another trust school and NOT_FOUND for its calendar', async () => {
    const school = await gql(
      directory.url,
      'query ($id: ID!) { school(id: $id) { id name } }',
      { id: oakfield.id },
      riverside,
    );
    expect(school.data!.school).toBeNull();
    const calendar = await gql(
      directory.url,
      'query ($id: ID!) { calendar(schoolId: $id) { id title } }',
      { id: oakfield.id },
      riverside,
    );
    expect(errorCodes(calendar)).toEqual(['SCHOOL_NOT_FOUND']);
  });

  it('cannot change another trust school or calendar, and writes nothing trying', async () => {
    const update = await gql(
      directory.url,
      'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Taken" }) { id } }',
      { id: oakfield.id },
      riverside,
    );
    expect(errorCodes(update)).toEqual(['SCHOOL_NOT_FOUND']);
    const add = await gql(
      directory.url,
      `mutation ($id: ID!) { addCalendarEvent(input: { schoolId: $id, kind: CLOSURE, title: "x", startsOn: "2026-12-01", endsOn: "2026-12-01" }) { id } }`,
      { id: oakfield.id },
      riverside,
    );
    expect(errorCodes(add)).toEqual(['SCHOOL_NOT_FOUND']);
    const events = await gql(
      directory.url,
      `query ($id: ID!) { calendar(schoolId: $id, ${wholeYear}) { id } }`,
      { id: oakfield.id },
      northstar,
    );
    const removal = await gql(
      directory.url,
      'mutation ($id: ID!) { removeCalendarEvent(id: $id) }',
      { id: events.data!.calendar[0].id },
      riverside,
    );
    expect(errorCodes(removal)).toEqual(['CALENDAR_EVENT_NOT_FOUND']);
    const after = await gql(
      directory.url,
      `query ($id: ID!) { school(id: $id) { name } calendar(schoolId: $id, ${wholeYear}) { id } }`,
      { id: oakfield.id },
      northstar,
    );
    expect(after.data!.school.name).toBe(oakfield.name);
    expect(after.data!.calendar).toHaveLength(events.data!.calendar.length);
  });

  it('shows each director only their trust audit rows', async () => {
    await gql(
      directory.url,
      'mutation ($id: ID!) { updateSchool(id: $id, input: { localAuthority: "Leeds City" }) { id } }',
      { id: oakfield.id },
      northstar,
    );
    const log = await gql(
      directory.url,
      '{ auditLog(first: 100) { edges { node { trustId entity entityId } } } }',
      {},
      riverside,
    );
    const trusts = new Set(log.data!.auditLog.edges.map((e: { node: { trustId: string } }) => e.node.trustId));
    expect([...trusts]).toEqual([RIVERSIDE.id]);
    expect(log.data!.auditLog.edges.some((e: { node: { entityId: string } }) => e.node.entityId === oakfield.id)).toBe(
      false,
    );
  });

  it('cannot resolve another trust school or user through federation references', async () => {
    const res = await gql(
      directory.url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id name } ... on User { id email } } }`,
      {
        reps: [
          { __typename: 'School', id: oakfield.id },
          { __typename: 'User', id: '00000000-0000-4000-8000-000000000000' },
        ],
      },
      riverside,
    );
    expect(res.data!._entities).toEqual([null, null]);
  });

  it('sees no rows at all through the service role without a trust set (RLS holds in raw SQL)', async () => {
    const url = new URL(directory.db.url);
    url.username = 'directory';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const role of ['directory', 'directory_app']) {
        await client.query('BEGIN');
        await client.query(`SET LOCAL ROLE ${role}`);
        for (const table of ['school', 'site', 'calendar_event', 'membership', 'app_user', 'audit_log', 'trust']) {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM directory.${table}`);
          expect({ role, table, n: rows[0].n }).toEqual({ role, table, n: 0 });
        }
        await client.query('ROLLBACK');
      }
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE directory_app`);
      await client.query(`SELECT set_config('app.trust_id', $1, true)`, [RIVERSIDE.id]);
      const { rows } = await client.query('SELECT count(*)::int AS n FROM directory.school');
      expect(rows[0].n).toBe(4);
      await expect(
        client.query(
          `INSERT INTO directory.school (trust_id, name, urn, phase, local_authority) VALUES ($1, 'Sneaky', '123456', 'PRIMARY', 'York')`,
          [NORTHSTAR.id],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});

describe('roles, scope and bad input', () => {
  let directory: TestDirectory;
  beforeAll(async () => {
    directory = await startDirectory();
  });
  afterAll(() => directory.stop());

  it('shows a school-scoped teacher only their school', async () => {
    const teacher = await signIn(directory.url, 'teacher@northstar.example');
    const res = await gql(directory.url, '{ schools { name } }', {}, teacher);
    expect(res.data!.schools).toEqual([{ name: 'Oakfield Primary School' }]);
    const other = await gql(
      directory.url,
      'query ($id: ID!) { school(id: $id) { name } }',
      { id: NORTHSTAR.schools[1].id },
      teacher,
    );
    expect(other.data!.school).toBeNull();
  });

  it.each([
    { title: 'a teacher', email: 'teacher@northstar.example' },
    { title: 'a governor', email: 'governor@northstar.example' },
    { title: 'a technician', email: 'tech@northstar.example' },
  ])('refuses $title changing a school or reading the audit log', async ({ email }) => {
    const token = await signIn(directory.url, email);
    const update = await gql(
      directory.url,
      'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Renamed" }) { id } }',
      { id: oakfield.id },
      token,
    );
    expect(errorCodes(update)).toEqual(['FORBIDDEN']);
    expect(update.errors![0].message).toMatch(/needs IT_DIRECTOR/);
    expect(errorCodes(await gql(directory.url, '{ auditLog { totalCount } }', {}, token))).toEqual(['FORBIDDEN']);
  });

  it('asks for a token when there is none', async () => {
    expect(errorCodes(await gql(directory.url, '{ schools { id } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    { title: 'a URN that is not 6 digits', input: '{ urn: "12AB" }', message: /6 digits/ },
    { title: 'an empty name', input: '{ name: " " }', message: /2 to 120 characters/ },
  ])('rejects $title with BAD_USER_INPUT and changes nothing', async ({ input, message }) => {
    const token = await signIn(directory.url, 'director@northstar.example');
    const before = await gql(directory.url, '{ auditLog { totalCount } }', {}, token);
    const res = await gql(
      directory.url,
      `mutation ($id: ID!) { updateSchool(id: $id, input: ${input}) { id } }`,
      { id: oakfield.id },
      token,
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(message);
    const after = await gql(directory.url, '{ auditLog { totalCount } school: schools { urn name } }', {}, token);
    expect(after.data!.auditLog.totalCount).toBe(before.data!.auditLog.totalCount);
    expect(after.data!.school.find((s: { urn: string }) => s.urn === oakfield.urn).name).toBe(oakfield.name);
  });

  it.each([
    {
      title: 'an impossible date',
      vars: { from: '2026-02-30', to: '2026-03-01' },
      code: 'BAD_USER_INPUT',
      message: /YYYY-MM-DD/,
    },
    {
      title: 'to before from',
      vars: { from: '2026-12-01', to: '2026-11-01' },
      code: 'BAD_USER_INPUT',
      message: /on or after/,
    },
    {
      title: 'a range over 800 days',
      vars: { from: '2024-01-01', to: '2027-01-01' },
      code: 'BAD_USER_INPUT',
      message: /at most 800 days/,
    },
  ])('rejects a calendar request with $title', async ({ vars, code, message }) => {
    const token = await signIn(directory.url, 'director@northstar.example');
    const res = await gql(
      directory.url,
      'query ($id: ID!, $from: Date, $to: Date) { calendar(schoolId: $id, from: $from, to: $to) { id } }',
      { id: oakfield.id, ...vars },
      token,
    );
    expect(errorCodes(res)).toEqual([code]);
    expect(res.errors![0].message).toMatch(message);
  });

  it('returns this week for a school with its term and trust-wide bank holidays', async () => {
    const token = await signIn(directory.url, 'director@northstar.example');
    const res = await gql(
      directory.url,
      `query ($id: ID!) { calendar(schoolId: $id, from: "${year}-12-21", to: "${year}-12-28") { kind title startsOn endsOn schoolId } }`,
      { id: oakfield.id },
      token,
    );
    const kinds = res.data!.calendar.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['BANK_HOLIDAY', 'CLOSURE']));
    expect(res.data!.calendar.find((e: { kind: string }) => e.kind === 'BANK_HOLIDAY').schoolId).toBeNull();
  });
});
