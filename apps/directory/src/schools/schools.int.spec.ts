import { currentAcademicYear, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { academicYearCalendar } from '@trustops/school-calendar';
import { errorCodes, ok } from '@trustops/testing';
import { Client } from 'pg';
import { ADD_SCHOOL, CallAs, CLOSE_SCHOOL, makeAddSchoolInput, newSchool, SchoolView } from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const year = currentAcademicYear();
const TERM_KINDS = ['TERM', 'HALF_TERM', 'INSET'];
const oakfield = NORTHSTAR.schools[0];

interface Row {
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  schoolId: string | null;
}
const pattern = (events: Row[]) =>
  events
    .filter((e) => e.schoolId !== null && TERM_KINDS.includes(e.kind))
    .map(({ kind, title, startsOn, endsOn }) => ({ kind, title, startsOn, endsOn }))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind));

describe('schools: add and close', () => {
  let admin: Client;
  let northstar: CallAs;
  let riverside: CallAs;
  let technician: CallAs;

  /** Rows straight from the database (no RLS), to prove what was and was not written. */
  const sql = async (query: string, params: unknown[] = []) => (await admin.query(query, params)).rows;
  const written = async () =>
    (
      await sql(`SELECT (SELECT count(*)::int FROM directory.school) AS schools,
        (SELECT count(*)::int FROM directory.site) AS sites,
        (SELECT count(*)::int FROM directory.calendar_event) AS events,
        (SELECT count(*)::int FROM directory.outbox) AS outbox,
        (SELECT count(*)::int FROM directory.audit_log) AS audit`)
    )[0];
  const calendar = async (as: CallAs, schoolId: string, startYear: number): Promise<Row[]> =>
    ok(
      await as(
        `query ($id: ID!, $from: Date, $to: Date) { calendar(schoolId: $id, from: $from, to: $to) { kind title startsOn endsOn schoolId } }`,
        { id: schoolId, from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` },
      ),
    ).calendar;

  let running: DirectoryWithCallers;
  beforeAll(async () => {
    running = await startDirectoryWithCallers();
    ({ admin, northstar, riverside, technician } = running);
  });
  afterAll(() => running?.stop());

  describe('addSchool', () => {
    it('adds a school with its sites, an audit row and school.added in the outbox', async () => {
      const school = await newSchool(northstar, {
        name: '  Meadow Lane Primary  ',
        urn: '171001',
        localAuthority: 'Leeds',
        sites: ['Main site', 'Forest school', 'Main site'],
      });
      expect(school).toMatchObject({
        name: 'Meadow Lane Primary',
        urn: '171001',
        phase: 'PRIMARY',
        localAuthority: 'Leeds',
        closedAt: null,
      });
      expect(school.sites.map((s) => s.name)).toEqual(['Forest school', 'Main site']);
      const [row] = await sql('SELECT trust_id FROM directory.school WHERE id = $1', [school.id]);
      expect(row.trust_id).toBe(NORTHSTAR.id);
      const audit = await sql(
        `SELECT trust_id, action, before, after FROM directory.audit_log WHERE entity = 'school' AND entity_id = $1`,
        [school.id],
      );
      expect(audit).toEqual([
        {
          trust_id: NORTHSTAR.id,
          action: 'added',
          before: null,
          after: expect.objectContaining({
            name: 'Meadow Lane Primary',
            urn: '171001',
            sites: ['Main site', 'Forest school'],
          }),
        },
      ]);
      const events = await sql(`SELECT trust_id, payload FROM directory.outbox WHERE type = 'school.added'`);
      expect(events).toContainEqual({
        trust_id: NORTHSTAR.id,
        payload: {
          schoolId: school.id,
          name: 'Meadow Lane Primary',
          urn: '171001',
          phase: 'PRIMARY',
          localAuthority: 'Leeds',
        },
      });
    });

    it("gives the new school the trust's term pattern this year and the rule-based year next, with calendar.changed for each", async () => {
      const school = await newSchool(northstar, { phase: 'SECONDARY' });
      // Every Northstar school keeps this year's terms; nobody has next year's yet, so that one comes from the rules.
      expect(pattern(await calendar(northstar, school.id, year))).toEqual(
        pattern(await calendar(northstar, oakfield.id, year)),
      );
      const next = pattern(await calendar(northstar, school.id, year + 1));
      expect(next).toEqual(pattern(academicYearCalendar(year + 1).map((e) => ({ ...e, schoolId: school.id }))));
      expect(next.filter((e) => e.kind === 'TERM')).toHaveLength(3);
      // Not another school's exam windows or closures.
      const own = (await calendar(northstar, school.id, year)).filter((e) => e.schoolId === school.id);
      expect(own.map((e) => e.kind).filter((k) => !TERM_KINDS.includes(k))).toEqual([]);
      const changed = await sql(
        `SELECT count(*)::int AS n FROM directory.outbox WHERE type = 'calendar.changed' AND payload->>'schoolId' = $1`,
        [school.id],
      );
      const events = await sql('SELECT count(*)::int AS n FROM directory.calendar_event WHERE school_id = $1', [
        school.id,
      ]);
      expect(changed[0].n).toBe(events[0].n);
      expect(events[0].n).toBeGreaterThan(10);
    });

    it.each([
      { title: 'a URN of five digits', input: { urn: '12345' }, field: 'urn' },
      { title: 'a URN with a letter', input: { urn: '14820A' }, field: 'urn' },
      { title: 'a one-letter name', input: { name: 'A' }, field: 'name' },
      { title: 'an empty local authority', input: { localAuthority: ' ' }, field: 'localAuthority' },
    ])('refuses $title as BAD_USER_INPUT and writes nothing', async ({ input, field }) => {
      const before = await written();
      const res = await northstar(ADD_SCHOOL, { input: makeAddSchoolInput(input) });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.field).toBe(field);
      expect(await written()).toEqual(before);
    });

    it('refuses a URN another school of the trust has as SCHOOL_URN_TAKEN, naming it, and writes nothing', async () => {
      const before = await written();
      const res = await northstar(ADD_SCHOOL, { input: makeAddSchoolInput({ urn: oakfield.urn }) });
      expect(errorCodes(res)).toEqual(['SCHOOL_URN_TAKEN']);
      expect(res.errors?.[0].message).toContain(oakfield.name);
      expect(await written()).toEqual(before);
    });

    it("accepts a URN another trust uses, in the caller's trust only, which the other trust cannot see", async () => {
      const school = await newSchool(riverside, { urn: oakfield.urn, name: 'Clifton Green Primary' });
      const [row] = await sql('SELECT trust_id FROM directory.school WHERE id = $1', [school.id]);
      expect(row.trust_id).toBe(RIVERSIDE.id);
      const seen = ok(await northstar('query ($id: ID!) { school(id: $id) { id } }', { id: school.id }));
      expect(seen.school).toBeNull();
      const listed = ok(await northstar('{ schools(includeClosed: true) { id } }')).schools;
      expect(listed.map((s: { id: string }) => s.id)).not.toContain(school.id);
    });

    it('refuses a technician as FORBIDDEN and writes nothing', async () => {
      const before = await written();
      expect(errorCodes(await technician(ADD_SCHOOL, { input: makeAddSchoolInput() }))).toEqual(['FORBIDDEN']);
      expect(await written()).toEqual(before);
    });
  });

  describe('updateSchool', () => {
    it('refuses a URN another school of the trust has as SCHOOL_URN_TAKEN, and keeps its own', async () => {
      const school = await newSchool(northstar);
      const update = `mutation ($id: ID!, $urn: String) { updateSchool(id: $id, input: { urn: $urn }) { urn } }`;
      expect(errorCodes(await northstar(update, { id: school.id, urn: oakfield.urn }))).toEqual(['SCHOOL_URN_TAKEN']);
      expect(ok(await northstar(update, { id: school.id, urn: school.urn })).updateSchool.urn).toBe(school.urn);
    });
  });

  describe('closeSchool', () => {
    let closed: SchoolView;
    beforeAll(async () => {
      closed = await newSchool(northstar, { name: 'Old Mill Primary' });
    });

    it('closes a school once, with an audit row and school.closed, and refuses a second close as SCHOOL_ALREADY_CLOSED', async () => {
      const res = ok(await northstar(CLOSE_SCHOOL, { id: closed.id })).closeSchool;
      expect(res.closedAt).toEqual(expect.any(String));
      const audit = await sql(
        `SELECT action, before->>'closedAt' AS before, after->>'closedAt' AS after FROM directory.audit_log
         WHERE entity = 'school' AND entity_id = $1 AND action = 'closed'`,
        [closed.id],
      );
      expect(audit).toEqual([{ action: 'closed', before: null, after: expect.any(String) }]);
      const events = await sql(`SELECT payload FROM directory.outbox WHERE type = 'school.closed'`);
      expect(events).toContainEqual({ payload: { schoolId: closed.id, closedAt: res.closedAt } });
      const before = await written();
      const again = await northstar(CLOSE_SCHOOL, { id: closed.id });
      expect(errorCodes(again)).toEqual(['SCHOOL_ALREADY_CLOSED']);
      expect(await written()).toEqual(before);
    });

    it('leaves a closed school out of schools unless includeClosed, and keeps it readable and editable', async () => {
      const ids = async (query: string) =>
        ok(await northstar(query)).schools.map((s: { id: string }) => s.id) as string[];
      expect(await ids('{ schools { id } }')).not.toContain(closed.id);
      expect(await ids('{ schools(includeClosed: false) { id } }')).not.toContain(closed.id);
      expect(await ids('{ schools(includeClosed: true) { id } }')).toContain(closed.id);
      expect(await ids('{ schools { id } }')).toContain(oakfield.id);
      const renamed = await northstar(
        'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Old Mill Primary (closed)" }) { name closedAt } }',
        { id: closed.id },
      );
      expect(ok(renamed).updateSchool).toEqual({ name: 'Old Mill Primary (closed)', closedAt: expect.any(String) });
      expect((await calendar(northstar, closed.id, year)).length).toBeGreaterThan(0);
    });

    it("refuses another trust's school as SCHOOL_NOT_FOUND and a technician as FORBIDDEN, writing nothing", async () => {
      const before = await written();
      expect(errorCodes(await riverside(CLOSE_SCHOOL, { id: oakfield.id }))).toEqual(['SCHOOL_NOT_FOUND']);
      expect(errorCodes(await technician(CLOSE_SCHOOL, { id: oakfield.id }))).toEqual(['FORBIDDEN']);
      expect(await written()).toEqual(before);
      const [row] = await sql('SELECT closed_at FROM directory.school WHERE id = $1', [oakfield.id]);
      expect(row.closed_at).toBeNull();
    });
  });
});
