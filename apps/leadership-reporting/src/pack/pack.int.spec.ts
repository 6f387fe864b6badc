import { AddressInfo } from 'node:net';
import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { demoToken, errorCodes, eventually, ok, serviceUnderTest } from '@trustops/testing';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { startLeadershipReporting } from '../testing/start-leadership-reporting';

const mails: { to: string[]; raw: string }[] = [];
const catcher = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

describe('the board pack and its schedule', () => {
  beforeAll(() => new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', () => resolve())));
  afterAll(() => new Promise<void>((resolve) => catcher.close(() => resolve())));
  const { as, ctx } = serviceUnderTest(() =>
    startLeadershipReporting({
      SMTP_URL: `smtp://127.0.0.1:${(catcher.server.address() as AddressInfo).port}`,
      REPORT_SCHEDULE_EVERY_MS: '200',
    }),
  );
  const pack = async (who: 'director' | 'governor' | 'tech' | 'riverside', query: string) =>
    fetch(`${ctx.service.url.replace(/\/graphql$/, '')}/files/board-pack?${query}`, {
      headers: { authorization: `Bearer ${await demoToken(ctx.service.signer, who)}` },
    });

  it('renders a printable page with every section, for governors too', async () => {
    const res = await pack('governor', 'from=2026-11-01&to=2026-11-25');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const section of [
      'Summary',
      'Schools',
      'Ticket trend',
      'Incidents and their reviews',
      'Changes',
      'Roadmap progress',
      'DfE digital standards',
    ])
      expect(html).toContain(`<h2>${section}`);
    expect(html).toContain('Northstar Learning Trust: IT report to governors');
    expect(html).toContain(NORTHSTAR.schools[0].name);
    expect(html).not.toContain(RIVERSIDE.schools[0].name);
  });

  it('renders the same pack as a PDF', async () => {
    const res = await pack('director', 'from=2026-11-01&to=2026-11-25&format=pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('refuses technicians, bad ranges, and shows another trust only its own schools', async () => {
    expect((await pack('tech', 'from=2026-11-01&to=2026-11-25')).status).toBe(403);
    expect((await pack('director', 'from=2026-11-25&to=2026-11-01')).status).toBe(400);
    expect((await pack('director', 'from=yesterday&to=2026-11-01')).status).toBe(400);
    const theirs = await (await pack('riverside', 'from=2026-11-01&to=2026-11-25')).text();
    expect(theirs).toContain(RIVERSIDE.schools[0].name);
    expect(theirs).not.toContain(NORTHSTAR.schools[0].name);
  });

  it("emails the PDF to the schedule's addresses when it falls due, and records the delivery", async () => {
    const schedule =
      'mutation ($c: ReportCadence!, $r: [String!]!) { scheduleBoardPack(cadence: $c, recipients: $r) { id recipients nextRunAt } }';
    expect(errorCodes(await as('director', schedule, { c: 'WEEKLY', r: ['not-an-address'] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await as('governor', schedule, { c: 'WEEKLY', r: ['chair@northstar.example'] }))).toEqual([
      'FORBIDDEN',
    ]);
    const made = ok(
      await as('director', schedule, { c: 'WEEKLY', r: ['Chair@northstar.example', 'clerk@northstar.example'] }),
    ).scheduleBoardPack;
    expect(made.recipients).toEqual(['chair@northstar.example', 'clerk@northstar.example']);
    expect(ok(await as('director', '{ reportSchedules { id } }')).reportSchedules).toEqual([{ id: made.id }]);
    expect(
      errorCodes(await as('riverside', 'mutation ($id: ID!) { cancelReportSchedule(id: $id) }', { id: made.id })),
    ).toEqual(['SCHEDULE_NOT_FOUND']);
    expect(ok(await as('riverside', '{ reportSchedules { id } }')).reportSchedules).toEqual([]);

    const admin = new Client({ connectionString: ctx.service.db.adminUrl });
    await admin.connect();
    try {
      await admin.query(
        `UPDATE leadership_reporting.report_schedule SET next_run_at = now() - interval '1 minute' WHERE id = $1`,
        [made.id],
      );
      const deadline = Date.now() + 10_000;
      while (!mails.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual(['chair@northstar.example', 'clerk@northstar.example']);
      expect(mails[0].raw).toMatch(
        /Subject: Northstar Learning Trust: IT board pack, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/,
      );
      expect(mails[0].raw).toContain('Content-Type: application/pdf');
      // the mail lands at the catcher a moment before the delivery row commits
      const deliveries = async () =>
        (
          await admin.query(
            'SELECT message_id, error, next_run_at > now() AS moved FROM leadership_reporting.report_delivery d JOIN leadership_reporting.report_schedule s ON s.id = d.schedule_id',
          )
        ).rows;
      const rows = await eventually(deliveries, (found) => found.length > 0, 5000);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ error: null, moved: true });
    } finally {
      await admin.end();
    }
  });
});
