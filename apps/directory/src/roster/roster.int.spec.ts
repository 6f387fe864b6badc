import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, eventually, ok, signIn } from '@trustops/testing';
import { oneRosterFiles, oneRosterZip, StaffRow } from '@trustops/testing/oneroster';
import { CallAs } from '../testing/factories';
import { RosterScheduleService } from './roster-schedule.service';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const [oakfield, beech] = NORTHSTAR.schools;
const ORGS = [
  { sourcedId: 'org-oak', name: oakfield.name, identifier: oakfield.urn },
  { sourcedId: 'org-beech', name: beech.name, identifier: beech.urn },
  { sourcedId: 'org-far', name: 'Faraway Academy', identifier: '199999' },
];
const staff = (n: number, over: Partial<StaffRow> = {}): StaffRow => ({
  sourcedId: `mis-${n}`,
  givenName: `Given${n}`,
  familyName: `Family${n}`,
  email: `staff${n}@northstar.example`,
  orgs: ['org-oak'],
  ...over,
});
const BASE: StaffRow[] = [
  staff(1),
  staff(2, { orgs: ['org-oak', 'org-beech'] }),
  staff(3, { role: 'principal', orgs: ['org-beech'] }),
  staff(4, { role: 'administrator' }),
  // Known to TrustOps already (demo teacher): linked by email, the MIS's name taken.
  staff(5, { email: 'teacher@northstar.example', givenName: 'Jessica', familyName: 'Malik' }),
  staff(6, { orgs: ['org-far'] }),
  staff(7, { email: 'not-an-email' }),
  staff(8, { role: 'student' }),
  // Riverside's director: an account elsewhere is never joined to Northstar by a file (invite them instead).
  staff(9, { email: 'director@riverside.example' }),
];

const SOURCE = 'id label graceDays enabled feedName feedCounts { schools people skipped } roleRules { misRole role }';
const PREVIEW = `id needsConfirmation suspendHeld active
  counts { add change restore leaving suspend conflicts unchanged }`;
const RUN = 'id status startedByName summary { added changed restored leaving suspended skipped } error';

describe('roster sync from OneRoster CSV', () => {
  let running: DirectoryWithCallers;
  let northstar: CallAs;
  let riverside: CallAs;
  let technician: CallAs;
  let directorToken: string;
  let sourceId: string;
  const sql = async (query: string, params: unknown[] = []) => (await running.admin.query(query, params)).rows;
  const upload = (id: string, body: Buffer, token = directorToken, fileName = 'roster.zip') =>
    fetch(`${new URL(running.directory.url).origin}/files/roster/${id}?fileName=${fileName}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
      body,
    });
  const refusal = async (answer: Response) => [
    answer.status,
    ((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
  ];
  const uploadRows = async (rows: StaffRow[]) => {
    const answer = await upload(sourceId, oneRosterZip(oneRosterFiles(ORGS, rows)));
    expect(answer.status).toBe(201);
    return answer.json();
  };
  const preview = async (as = northstar, id = sourceId) =>
    ok(await as(`mutation ($id: ID!) { previewRosterSync(sourceId: $id) { ${PREVIEW} } }`, { id })).previewRosterSync;
  const entries = async (previewId: string, kind: string | null = null) =>
    ok(
      await northstar(
        `query ($id: ID!, $kind: RosterEntryKind) { rosterPreview(id: $id) { entries(kind: $kind, first: 200) {
           totalCount items { kind email displayName misId detail changes { field before after } unknownSchool { name urn } } } } }`,
        { id: previewId, kind },
      ),
    ).rosterPreview.entries;
  const apply = (previewId: string, confirm?: boolean, as = northstar) =>
    as(`mutation ($id: ID!, $confirm: Boolean) { applyRosterSync(previewId: $id, confirm: $confirm) { ${RUN} } }`, {
      id: previewId,
      confirm,
    });
  const finished = async (runId: string) =>
    eventually(
      async () => ok(await northstar(`query ($id: ID!) { rosterRun(id: $id) { ${RUN} } }`, { id: runId })).rosterRun,
      (run) => run.status === 'DONE' || run.status === 'FAILED',
      20_000,
    );
  const sync = async (rows: StaffRow[], confirm?: boolean) => {
    await uploadRows(rows);
    const made = await preview();
    const run = ok(await apply(made.id, confirm)).applyRosterSync;
    return { made, run: await finished(run.id) };
  };
  const member = async (email: string) =>
    (
      await sql(
        `SELECT role, school_ids, educator_lead, status, mis_id, display_name, mis_left_at, role_set_by_hand
         FROM directory.membership WHERE trust_id = $1 AND lower(email) = $2`,
        [NORTHSTAR.id, email],
      )
    )[0];

  beforeAll(async () => {
    running = await startDirectoryWithCallers();
    ({ northstar, riverside, technician } = running);
    directorToken = await signIn(running.directory.url, 'director@northstar.example');
  });
  afterAll(() => running?.stop());

  it('adds a source, reads an upload, previews it with every kind of line, applies it as a job, and the same file again changes nothing', async () => {
    const added = ok(
      await northstar(`mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { ${SOURCE} } }`, {
        input: { label: 'Arbor via School Data Sync', roleRules: [{ misRole: 'Administrator', role: 'EXECUTIVE' }] },
      }),
    ).configureRosterSource;
    expect(added).toMatchObject({
      graceDays: 30,
      enabled: true,
      feedName: null,
      roleRules: [{ misRole: 'administrator', role: 'EXECUTIVE' }],
    });
    sourceId = added.id;

    expect(await uploadRows(BASE)).toEqual({
      id: sourceId,
      feedName: 'roster.zip',
      feedCounts: { schools: 3, people: 8, skipped: 1 },
    });
    const made = await preview();
    expect(made).toMatchObject({
      needsConfirmation: false,
      suspendHeld: false,
      counts: { add: 4, change: 1, restore: 0, leaving: 0, suspend: 0, conflicts: 3 },
    });
    const adds = await entries(made.id, 'ADD');
    expect(adds.items.map((e: { email: string; detail: string }) => [e.email, e.detail])).toEqual([
      ['staff1@northstar.example', `Staff at ${oakfield.name}`],
      ['staff2@northstar.example', `Staff at ${beech.name}, ${oakfield.name}`],
      ['staff3@northstar.example', `Staff at ${beech.name} (educator lead)`],
      ['staff4@northstar.example', `Executive at ${oakfield.name}`],
    ]);
    const [change] = (await entries(made.id, 'CHANGE')).items;
    expect(change).toMatchObject({
      email: 'teacher@northstar.example',
      changes: [{ field: 'Name', before: 'Jess Malik', after: 'Jessica Malik' }],
    });
    expect((await entries(made.id, 'CONFLICT')).items[0].unknownSchool).toEqual({
      name: 'Faraway Academy',
      urn: '199999',
    });
    expect((await entries(made.id, 'CONFLICT')).items.map((e: { detail: string }) => e.detail)).toEqual([
      'Faraway Academy (URN 199999) is not in the trust',
      '"not-an-email" is not an email address (users.csv line 8)',
      'director@riverside.example already has a TrustOps account: invite them from People (a sync adds only new people)',
    ]);
    expect((await entries(made.id)).totalCount).toBe(8);
    // Nothing changes until it is applied.
    expect(await member('staff1@northstar.example')).toBeUndefined();

    const run = ok(await apply(made.id)).applyRosterSync;
    expect(run).toMatchObject({ status: 'QUEUED', startedByName: 'Priya Shah' });
    expect(await finished(run.id)).toMatchObject({
      status: 'DONE',
      summary: { added: 4, changed: 1, restored: 0, leaving: 0, suspended: 0, skipped: 0 },
    });
    expect(await member('staff2@northstar.example')).toMatchObject({
      role: 'STAFF',
      school_ids: [oakfield.id, beech.id].sort(),
      status: 'ACTIVE',
      mis_id: 'mis-2',
      display_name: 'Given2 Family2',
    });
    expect(await member('staff3@northstar.example')).toMatchObject({ educator_lead: true });
    expect(await member('staff4@northstar.example')).toMatchObject({ role: 'EXECUTIVE' });
    expect(await member('teacher@northstar.example')).toMatchObject({ display_name: 'Jessica Malik', mis_id: 'mis-5' });
    // A new account has no password: it signs in with the trust's provider, or sets one by reset.
    const [account] = await sql(
      "SELECT password_hash FROM directory.app_user WHERE email = 'staff1@northstar.example'",
    );
    expect(account.password_hash).toBe('!');
    const events = await sql(
      "SELECT payload FROM directory.outbox WHERE type = 'membership.changed' AND payload->>'email' LIKE 'staff%'",
    );
    expect(events).toHaveLength(4);
    const audit = await sql(
      `SELECT action, count(*)::int AS n FROM directory.audit_log WHERE trust_id = $1 AND entity = 'membership'
         AND action LIKE 'synced%' GROUP BY action ORDER BY action`,
      [NORTHSTAR.id],
    );
    expect(audit).toEqual([
      { action: 'synced', n: 1 },
      { action: 'synced_in', n: 4 },
    ]);
    expect(errorCodes(await apply(made.id))).toEqual(['ROSTER_PREVIEW_USED']);

    const again = await sync(BASE);
    expect(again.made.counts).toMatchObject({ add: 0, change: 0, unchanged: 5, conflicts: 3 });
    expect(again.run.summary).toEqual({ added: 0, changed: 0, restored: 0, leaving: 0, suspended: 0, skipped: 0 });
  });

  it('keeps a role set by hand; a leaver waits out the grace period, asks over 10%, and comes back with their history', async () => {
    const staff1 = await member('staff1@northstar.example');
    const [{ user_id: userId }] = await sql(
      "SELECT id AS user_id FROM directory.app_user WHERE email = 'staff4@northstar.example'",
    );
    ok(
      await northstar('mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { role } }', {
        input: { userId, role: 'GOVERNOR' },
      }),
    );
    expect(await member('staff4@northstar.example')).toMatchObject({ role: 'GOVERNOR', role_set_by_hand: true });
    const sources = ok(
      await northstar(
        `query ($id: ID!) { memberSources(userId: $id) { misSource misId roleSetByHand leavingSince graceDays signInWith } }`,
        { id: userId },
      ),
    ).memberSources;
    expect(sources).toEqual({
      misSource: 'Arbor via School Data Sync',
      misId: 'mis-4',
      roleSetByHand: true,
      leavingSince: null,
      graceDays: 30,
      signInWith: [],
    });
    expect(
      errorCodes(await riverside('query ($id: ID!) { memberSources(userId: $id) { misId } }', { id: userId })),
    ).toEqual(['MEMBER_NOT_FOUND']);
    expect(staff1.status).toBe('ACTIVE');

    // staff1 leaves the MIS: marked, still active for the 30 days.
    const left = await sync(BASE.filter((s) => s.sourcedId !== 'mis-1'));
    expect(left.made.counts).toMatchObject({ leaving: 1, suspend: 0, change: 0 });
    expect(left.run.summary).toMatchObject({ leaving: 1 });
    expect(await member('staff4@northstar.example')).toMatchObject({ role: 'GOVERNOR' });
    const marked = await member('staff1@northstar.example');
    expect([marked.status, marked.mis_left_at]).toEqual(['ACTIVE', expect.any(Date)]);

    // Grace 0: staff1 and staff2 go now; 2 of 10 active members is over 10%, so the director must confirm.
    ok(
      await northstar(`mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { id } }`, {
        input: { id: sourceId, label: 'Arbor via School Data Sync', graceDays: 0 },
      }),
    );
    const rows = BASE.filter((s) => !['mis-1', 'mis-2'].includes(s.sourcedId));
    await uploadRows(rows);
    const made = await preview();
    expect(made).toMatchObject({ needsConfirmation: true, counts: { suspend: 2 } });
    expect(errorCodes(await apply(made.id))).toEqual(['ROSTER_CONFIRM_NEEDED']);
    expect((await member('staff2@northstar.example')).status).toBe('ACTIVE');
    const run = await finished(ok(await apply(made.id, true)).applyRosterSync.id);
    expect(run.summary).toMatchObject({ suspended: 2 });
    expect((await member('staff2@northstar.example')).status).toBe('SUSPENDED');

    // Back in the MIS (same MIS id): restored, with the same account.
    const back = await sync(BASE);
    expect(back.made.counts).toMatchObject({ restore: 2 });
    expect(await member('staff2@northstar.example')).toMatchObject({ status: 'ACTIVE', mis_id: 'mis-2' });

    // Suspended by hand: the MIS still listing them does not bring them back.
    const [{ id: staff3 }] = await sql("SELECT id FROM directory.app_user WHERE email = 'staff3@northstar.example'");
    ok(await northstar('mutation ($id: ID!) { suspendMember(userId: $id) { status } }', { id: staff3 }));
    const held = await sync(BASE);
    expect(held.made.counts).toMatchObject({ restore: 0 });
    expect((await member('staff3@northstar.example')).status).toBe('SUSPENDED');
  });

  it('refuses bad files with a coded error and keeps the feed it had; only an IT director uploads', async () => {
    const before = await sql('SELECT feed_at FROM directory.roster_source WHERE id = $1', [sourceId]);
    const files = oneRosterFiles(ORGS, BASE);
    const cases: [Buffer, string, number, string][] = [
      [oneRosterZip({ 'users.csv': files['users.csv'] }), 'roster.zip', 400, 'ROSTER_FILE_MISSING'],
      [
        oneRosterZip({ ...files, 'users.csv': files['users.csv'].replace('email\r\n', 'mail\r\n') }),
        'roster.zip',
        400,
        'ROSTER_COLUMN_MISSING',
      ],
      [
        oneRosterZip({ ...files, 'orgs.csv': files['orgs.csv'].replace(/,/g, ';') }),
        'roster.zip',
        400,
        'ROSTER_DELIMITER',
      ],
      [Buffer.from('not a zip'), 'roster.pdf', 400, 'ROSTER_UPLOAD_INVALID'],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(64)]), 'roster.zip', 400, 'ROSTER_UPLOAD_INVALID'],
    ];
    for (const [body, fileName, status, code] of cases) {
      const answer = await upload(sourceId, body, directorToken, fileName);
      expect(await refusal(answer)).toEqual([status, code]);
    }
    // Refused from the Content-Length alone, before a byte of the body is read.
    const big = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${new URL(running.directory.url).origin}/files/roster/${sourceId}?fileName=a.zip`,
        { method: 'POST', headers: { authorization: `Bearer ${directorToken}`, 'content-length': 51 * 1_048_576 } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect([big.status, JSON.parse(big.body).errors[0].extensions.code]).toEqual([400, 'ROSTER_FILE_TOO_LARGE']);
    expect(await sql('SELECT feed_at FROM directory.roster_source WHERE id = $1', [sourceId])).toEqual(before);

    const techToken = await signIn(running.directory.url, 'tech@northstar.example');
    const refused = await upload(sourceId, oneRosterZip(files), techToken);
    expect(await refusal(refused)).toEqual([403, 'FORBIDDEN']);
    expect(errorCodes(await technician('{ rosterSources { id } }'))).toEqual(['FORBIDDEN']);
  });

  it("keeps each trust's sources, previews and runs to itself", async () => {
    const made = await preview();
    const runs = ok(await northstar('{ rosterSources { runs { id } } }')).rosterSources[0].runs;
    expect(ok(await riverside('{ rosterSources { id } }')).rosterSources).toEqual([]);
    expect(
      errorCodes(await riverside(`mutation ($id: ID!) { previewRosterSync(sourceId: $id) { id } }`, { id: sourceId })),
    ).toEqual(['ROSTER_SOURCE_NOT_FOUND']);
    expect(errorCodes(await riverside('query ($id: ID!) { rosterPreview(id: $id) { id } }', { id: made.id }))).toEqual([
      'ROSTER_PREVIEW_NOT_FOUND',
    ]);
    expect(errorCodes(await apply(made.id, true, riverside))).toEqual(['ROSTER_PREVIEW_NOT_FOUND']);
    expect(
      ok(await riverside('query ($id: ID!) { rosterRun(id: $id) { id } }', { id: runs[0].id })).rosterRun,
    ).toBeNull();
    expect(
      errorCodes(
        await riverside(`mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { id } }`, {
          input: { id: sourceId, label: 'Taken over' },
        }),
      ),
    ).toEqual(['ROSTER_SOURCE_NOT_FOUND']);
    const riversideToken = await signIn(running.directory.url, 'director@riverside.example');
    const answer = await upload(sourceId, oneRosterZip(oneRosterFiles(ORGS, BASE)), riversideToken);
    expect(await refusal(answer)).toEqual([404, 'ROSTER_SOURCE_NOT_FOUND']);
    const [row] = await sql('SELECT label, feed_by FROM directory.roster_source WHERE id = $1', [sourceId]);
    expect(row.label).toBe('Arbor via School Data Sync');
    expect(RIVERSIDE.id).not.toBe(NORTHSTAR.id);
  });

  it('fetches the files from an address it keeps sealed, every night too, and refuses an address that does not answer with them', async () => {
    let zip = oneRosterZip(oneRosterFiles(ORGS, [...BASE, staff(20, { email: 'fetched@northstar.example' })]));
    let status = 200;
    const server = createServer((req, res) => {
      if (req.url !== '/exports/oneroster.zip?key=s3cret-key') return res.writeHead(404).end();
      res.writeHead(status, { 'content-type': 'application/zip' }).end(status === 200 ? zip : undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const source = ok(
        await northstar(
          `mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { id feedUrlHost } }`,
          {
            input: { label: 'SDS export', feedUrl: `http://${host}/exports/oneroster.zip?key=s3cret-key` },
          },
        ),
      ).configureRosterSource;
      expect(source.feedUrlHost).toBe(host);
      const [row] = await sql('SELECT feed_url_sealed FROM directory.roster_source WHERE id = $1', [source.id]);
      expect(row.feed_url_sealed).not.toContain('s3cret-key');
      const audit = await sql(
        "SELECT after::text FROM directory.audit_log WHERE entity = 'roster_source' AND entity_id = $1",
        [source.id],
      );
      expect(audit.map((a) => a.after).join()).not.toContain('s3cret-key');

      // The member another source keeps is a conflict; the new person is added.
      const made = await preview(northstar, source.id);
      expect(made.counts).toMatchObject({ add: 1 });
      status = 503;
      expect(
        errorCodes(
          await northstar('mutation ($id: ID!) { previewRosterSync(sourceId: $id) { id } }', { id: source.id }),
        ),
      ).toEqual(['ROSTER_FETCH_FAILED']);
      status = 200;
      zip = oneRosterZip(oneRosterFiles(ORGS, [staff(21, { email: 'nightly@northstar.example' })]));
      await running.directory.app.get(RosterScheduleService).sweep('NIGHTLY');
      const runs = ok(await northstar('{ rosterSources { label runs { trigger status } } }')).rosterSources.find(
        (s: { label: string }) => s.label === 'SDS export',
      ).runs;
      expect(runs[0]).toEqual({ trigger: 'NIGHTLY', status: expect.stringMatching(/QUEUED|RUNNING|DONE/) });
      await eventually(
        () => member('nightly@northstar.example'),
        (m) => m?.status === 'ACTIVE',
        20_000,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
