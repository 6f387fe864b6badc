import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, eventually, ok } from '@trustops/testing';
import { startWondeServer, WondeEmployee, WondeServer } from '@trustops/testing/wonde';
import { CallAs } from '../../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../../testing/start-directory';
import { RosterScheduleService } from '../roster-schedule.service';

const [oakfield, beech] = NORTHSTAR.schools;
const staff = (n: number, over: Partial<WondeEmployee> = {}): WondeEmployee => ({
  id: `E${n}`,
  forename: `Given${n}`,
  surname: `Family${n}`,
  email: `wonde${n}@northstar.example`,
  ...over,
});
const RUN = 'id trigger status previewId error summary { added changed restored leaving suspended skipped }';
const PREVIEW = 'id needsConfirmation suspendHeld counts { add change restore leaving suspend conflicts unchanged }';

describe('roster sync from Wonde', () => {
  let running: DirectoryWithCallers;
  let wonde: WondeServer;
  let northstar: CallAs;
  let riverside: CallAs;
  let sourceId: string;
  const sql = async (query: string, params: unknown[] = []) => (await running.admin.query(query, params)).rows;
  const configure = (as: CallAs, input: Record<string, unknown>) =>
    as('mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { id kind apiUrl hasToken } }', {
      input,
    });
  const preview = async () =>
    northstar(`mutation ($id: ID!) { previewRosterSync(sourceId: $id) { ${PREVIEW} } }`, { id: sourceId });
  const finished = (runId: string) =>
    eventually(
      async () => ok(await northstar(`query ($id: ID!) { rosterRun(id: $id) { ${RUN} } }`, { id: runId })).rosterRun,
      (run) => ['DONE', 'FAILED', 'WAITING'].includes(run.status),
      20_000,
    );
  const apply = async (previewId: string, confirm = false) =>
    finished(
      ok(
        await northstar('mutation ($id: ID!, $c: Boolean) { applyRosterSync(previewId: $id, confirm: $c) { id } }', {
          id: previewId,
          c: confirm,
        }),
      ).applyRosterSync.id,
    );
  const sweep = async (trigger: 'NIGHTLY' | 'WEEKLY') => {
    await running.directory.app.get(RosterScheduleService).sweep(trigger);
    const [latest] = await sql(
      'SELECT id FROM directory.roster_run WHERE source_id = $1 ORDER BY created_at DESC LIMIT 1',
      [sourceId],
    );
    return finished(latest.id);
  };
  const member = async (email: string) =>
    (
      await sql(
        `SELECT display_name, school_ids, educator_lead, status, mis_id, mis_left_at FROM directory.membership
         WHERE trust_id = $1 AND email = $2`,
        [NORTHSTAR.id, email],
      )
    )[0];

  beforeAll(async () => {
    wonde = await startWondeServer();
    running = await startDirectoryWithCallers({ ROSTER_NIGHTLY: 'off', ROSTER_WEEKLY: 'off' });
    ({ northstar, riverside } = running);
    wonde.schools.push(
      {
        id: 'A1001',
        name: oakfield.name,
        urn: Number(oakfield.urn),
        employees: [
          ...Array.from({ length: 250 }, (_, i) => staff(i)),
          staff(900, { email: 'both@northstar.example', roleText: 'Teaching Assistant' }),
        ],
      },
      {
        id: 'A1002',
        name: beech.name,
        urn: Number(beech.urn),
        employees: [
          staff(901, { email: 'head@northstar.example', roleText: 'Headteacher' }),
          staff(902, { email: 'both@northstar.example', roleText: 'Teaching Assistant' }),
          staff(903, { email: 'left@northstar.example', current: false }),
        ],
      },
      { id: 'A1999', name: 'Not In The Trust Academy', urn: 199999, employees: [staff(999)] },
    );
  });
  afterAll(async () => {
    await running?.stop();
    await wonde?.stop();
  });

  it('keeps the token sealed, reads every page of every approved school of the trust, and applies it', async () => {
    expect(errorCodes(await configure(northstar, { kind: 'WONDE', label: 'Wonde', apiUrl: wonde.url }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const added = ok(
      await configure(northstar, { kind: 'WONDE', label: 'Wonde (Arbor)', apiUrl: wonde.url, token: wonde.token }),
    ).configureRosterSource;
    expect(added).toMatchObject({ kind: 'WONDE', apiUrl: wonde.url, hasToken: true });
    sourceId = added.id;
    const [row] = await sql('SELECT token_sealed FROM directory.roster_source WHERE id = $1', [sourceId]);
    expect(row.token_sealed).not.toContain(wonde.token);
    const audit = await sql(
      "SELECT after::text FROM directory.audit_log WHERE entity = 'roster_source' AND entity_id = $1",
      [sourceId],
    );
    expect(audit.map((a) => a.after).join()).not.toContain(wonde.token);

    const made = ok(await preview()).previewRosterSync;
    // 250 + one person at both schools + the headteacher; the leaver (current false) and the other trust's school not.
    expect(made.counts).toMatchObject({ add: 252, conflicts: 0 });
    expect(wonde.requests.filter((r) => r.startsWith('GET /v1.0/schools/A1001/employees'))).toHaveLength(2);
    expect(wonde.requests.some((r) => r.includes('A1999'))).toBe(false);
    expect(await apply(made.id)).toMatchObject({ status: 'DONE', trigger: 'DIRECTOR', summary: { added: 252 } });
    expect(await member('head@northstar.example')).toMatchObject({ educator_lead: true, mis_id: 'E901' });
    expect((await member('both@northstar.example')).school_ids.sort()).toEqual([oakfield.id, beech.id].sort());
  });

  it('waits out a 429 and refuses a read that fails half way, keeping the last feed and changing nothing', async () => {
    wonde.rateLimitNext(1);
    expect(ok(await preview()).previewRosterSync.counts).toMatchObject({ add: 0, change: 0, unchanged: 252 });
    const [before] = await sql('SELECT feed_at FROM directory.roster_source WHERE id = $1', [sourceId]);
    const previews = (await sql('SELECT count(*)::int AS n FROM directory.roster_preview'))[0].n;
    wonde.failFrom(2);
    expect(errorCodes(await preview())).toEqual(['WONDE_UNAVAILABLE']);
    wonde.failFrom(null);
    expect(await sql('SELECT feed_at FROM directory.roster_source WHERE id = $1', [sourceId])).toEqual([before]);
    expect((await sql('SELECT count(*)::int AS n FROM directory.roster_preview'))[0].n).toBe(previews);
  });

  it('runs the nightly changes and deletions, and a school that withdrew holds back every suspension', async () => {
    const [oak, beechSchool] = wonde.schools;
    const later = new Date(Date.now() + 60_000);
    oak.employees[0] = { ...oak.employees[0], forename: 'Renamed', updatedAt: later };
    oak.employees.push(staff(950, { updatedAt: later }));
    const gone = oak.employees.splice(1, 1)[0];
    oak.deletions = [{ id: gone.id, deletedAt: later }];
    wonde.requests.length = 0;
    const nightly = await sweep('NIGHTLY');
    expect(nightly).toMatchObject({
      trigger: 'NIGHTLY',
      status: 'DONE',
      summary: { added: 1, changed: 1, leaving: 1 },
    });
    expect(wonde.requests.some((r) => r.includes('updated_after=') && r.includes('/employees'))).toBe(true);
    expect(wonde.requests.some((r) => r.includes('/deletions?type=employee'))).toBe(true);
    expect(await member('wonde0@northstar.example')).toMatchObject({ display_name: 'Renamed Family0' });
    expect((await member('wonde1@northstar.example')).mis_left_at).toEqual(expect.any(Date));

    // Beech Hill withdraws its approval: its staff are not in the feed, and nobody is marked as leaving for it.
    beechSchool.approved = false;
    const weekly = await sweep('WEEKLY');
    expect(weekly).toMatchObject({ trigger: 'WEEKLY', status: 'DONE' });
    const made = ok(
      await northstar(`query ($id: ID!) { rosterPreview(id: $id) { ${PREVIEW} } }`, { id: weekly.previewId }),
    ).rosterPreview;
    expect(made).toMatchObject({ suspendHeld: true, counts: { leaving: 0, suspend: 0 } });
    expect((await member('head@northstar.example')).status).toBe('ACTIVE');
    beechSchool.approved = true;
  });

  it('a schedule that would take over 10% waits for a director, who applies it as their own run', async () => {
    ok(await configure(northstar, { id: sourceId, label: 'Wonde (Arbor)', graceDays: 0 }));
    wonde.schools[0].employees.splice(0, 100);
    const waiting = await sweep('WEEKLY');
    expect(waiting).toMatchObject({ status: 'WAITING', summary: null });
    expect((await member('wonde5@northstar.example')).status).toBe('ACTIVE');
    const applied = await apply(waiting.previewId, true);
    expect(applied).toMatchObject({ id: waiting.id, status: 'DONE', trigger: 'WEEKLY' });
    expect((await member('wonde5@northstar.example')).status).toBe('SUSPENDED');
  }, 30_000);

  it("never reads another trust's schools: Riverside's token finds no school of Riverside", async () => {
    const theirs = ok(
      await configure(riverside, { kind: 'WONDE', label: 'Wonde', apiUrl: wonde.url, token: wonde.token }),
    ).configureRosterSource;
    expect(
      errorCodes(await riverside('mutation ($id: ID!) { previewRosterSync(sourceId: $id) { id } }', { id: theirs.id })),
    ).toEqual(['WONDE_NO_SCHOOLS']);
    expect(
      errorCodes(await riverside('mutation ($id: ID!) { previewRosterSync(sourceId: $id) { id } }', { id: sourceId })),
    ).toEqual(['ROSTER_SOURCE_NOT_FOUND']);
    expect(
      (
        await sql('SELECT count(*)::int AS n FROM directory.membership WHERE trust_id <> $1 AND mis_id IS NOT NULL', [
          NORTHSTAR.id,
        ])
      )[0].n,
    ).toBe(0);
  });
});
