import { currentAcademicYear, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { academicYearCalendar } from '@trustops/school-calendar';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { Client } from 'pg';
import { ADD_CALENDAR_EVENT, callAs, makeCalendarEventInput, newCalendarEvent } from './testing/factories';
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
    const ids = (schools: { id: string }[]) => schools.map((s) => s.id).sort();
    expect(ids(ok(n).schools)).toEqual(ids(NORTHSTAR.schools));
    expect(ids(ok(r).schools)).toEqual(ids(RIVERSIDE.schools));
  });

  it('returns null for another trust school and NOT_FOUND for its calendar', async () => {
    const school = await gql(
      directory.url,
      'query ($id: ID!) { school(id: $id) { id name } }',
      { id: oakfield.id },
      riverside,
    );
    expect(ok(school).school).toBeNull();
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
      ADD_CALENDAR_EVENT,
      { input: makeCalendarEventInput({ schoolId: oakfield.id, startsOn: `${year}-12-01`, endsOn: `${year}-12-01` }) },
      riverside,
    );
    expect(errorCodes(add)).toEqual(['SCHOOL_NOT_FOUND']);
    // Northstar's own event of this year, so the removal below is tried on a row that is there.
    const ours = await newCalendarEvent(callAs(directory.url, northstar), {
      schoolId: oakfield.id,
      startsOn: `${year}-12-02`,
      endsOn: `${year}-12-02`,
    });
    const calendarIds = async () =>
      ok(
        await gql(
          directory.url,
          `query ($id: ID!) { calendar(schoolId: $id, ${wholeYear}) { id } }`,
          { id: oakfield.id },
          northstar,
        ),
      ).calendar.map((e: { id: string }) => e.id);
    const before = await calendarIds();
    expect(before).toContain(ours.id);
    const removal = await gql(
      directory.url,
      'mutation ($id: ID!) { removeCalendarEvent(id: $id) }',
      { id: ours.id },
      riverside,
    );
    expect(errorCodes(removal)).toEqual(['CALENDAR_EVENT_NOT_FOUND']);
    const after = await gql(
      directory.url,
      'query ($id: ID!) { school(id: $id) { name } }',
      { id: oakfield.id },
      northstar,
    );
    expect(ok(after).school.name).toBe(oakfield.name);
    expect(await calendarIds()).toEqual(before);
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
    const trusts = new Set(ok(log).auditLog.edges.map((e: { node: { trustId: string } }) => e.node.trustId));
    expect([...trusts]).toEqual([RIVERSIDE.id]);
    expect(ok(log).auditLog.edges.some((e: { node: { entityId: string } }) => e.node.entityId === oakfield.id)).toBe(
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
    expect(ok(res)._entities).toEqual([null, null]);
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
      expect(rows[0].n).toBe(RIVERSIDE.schools.length);
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
    expect(ok(res).schools).toEqual([{ name: 'Oakfield Primary School' }]);
    const other = await gql(
      directory.url,
      'query ($id: ID!) { school(id: $id) { name } }',
      { id: NORTHSTAR.schools[1].id },
      teacher,
    );
    expect(ok(other).school).toBeNull();
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
    expect(ok(after).auditLog.totalCount).toBe(ok(before).auditLog.totalCount);
    expect(ok(after).school.find((s: { urn: string }) => s.urn === oakfield.urn).name).toBe(oakfield.name);
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
    const kinds = ok(res).calendar.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['BANK_HOLIDAY', 'CLOSURE']));
    expect(ok(res).calendar.find((e: { kind: string }) => e.kind === 'BANK_HOLIDAY').schoolId).toBeNull();
    // Exactly what the seed gives a primary school for that week: its own events and the trust-wide bank holidays.
    const seeded = academicYearCalendar(year)
      .filter((e) => e.endsOn >= `${year}-12-21` && e.startsOn <= `${year}-12-28`)
      .map(({ kind, title, startsOn, endsOn }) => ({
        kind,
        title,
        startsOn,
        endsOn,
        schoolId: kind === 'BANK_HOLIDAY' ? null : oakfield.id,
      }));
    const byStart = (a: { startsOn: string; title: string }, b: { startsOn: string; title: string }) =>
      a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title);
    expect([...ok(res).calendar].sort(byStart)).toEqual(seeded.sort(byStart));
  });
});
