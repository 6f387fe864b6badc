import { readFileSync } from 'node:fs';
import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import {
  adminUrl,
  createTestSigner,
  errorCodes,
  eventually,
  gql,
  metricValue,
  ok,
  signIn,
  startStack,
  TestStack,
} from '@trustops/testing';
import { Client } from 'pg';
import { readGatewayConfig } from './config';
import { startGateway, SUPERGRAPH_PATH } from './server';
import { composeSupergraph } from './supergraph';

const oakfield = NORTHSTAR.schools[0];
const ids = (schools: { id: string }[]) => schools.map((s) => s.id).sort();

describe('gateway', () => {
  let stack: TestStack;
  let northstar: string;
  let riverside: string;
  /** A live stream through the gateway's /files door, read as it arrives. */
  const openStream = async (path: string, token: string) => {
    const abort = new AbortController();
    const res = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/files/${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: abort.signal,
    });
    let text = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk);
    })().catch(() => undefined);
    return {
      res,
      text: () => text,
      close: async () => {
        abort.abort();
        await reading;
      },
    };
  };
  /** A stream's refusal: its status and error code. */
  const refusal = async (path: string, token?: string) => {
    const res = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/files/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return [
      res.status,
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ];
  };

  beforeAll(async () => {
    stack = await startStack();
    [northstar, riverside] = await Promise.all([
      signIn(stack.gatewayUrl, 'director@northstar.example'),
      signIn(stack.gatewayUrl, 'director@riverside.example'),
    ]);
  });
  afterAll(() => stack?.stop());

  it('serves the directory through the supergraph', async () => {
    const res = await gql(
      stack.gatewayUrl,
      '{ me { email role trust { code } } schools { id name urn phase sites { name } } }',
      {},
      northstar,
    );
    const { me, schools } = ok(res);
    expect(me).toEqual({ email: 'director@northstar.example', role: 'IT_DIRECTOR', trust: { code: 'NLT' } });
    expect(ids(schools)).toEqual(ids(NORTHSTAR.schools));
    expect(schools.find((s: { id: string }) => s.id === oakfield.id)).toMatchObject({
      name: oakfield.name,
      urn: oakfield.urn,
      phase: oakfield.phase,
    });
  });

  it('keeps a Riverside token out of Northstar schools, users and audit rows', async () => {
    const read = await gql(
      stack.gatewayUrl,
      'query ($id: ID!) { school(id: $id) { name } }',
      { id: oakfield.id },
      riverside,
    );
    expect(ok(read).school).toBeNull();
    const change = await gql(
      stack.gatewayUrl,
      'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Mine now" }) { id } }',
      { id: oakfield.id },
      riverside,
    );
    expect(errorCodes(change)).toEqual(['SCHOOL_NOT_FOUND']);
    const audit = await gql(
      stack.gatewayUrl,
      '{ auditLog(first: 100) { edges { node { trustId actor { email } } } } }',
      {},
      riverside,
    );
    const emails = ok(audit).auditLog.edges.map(
      (e: { node: { actor: { email: string } | null } }) => e.node.actor?.email,
    );
    expect(emails.every((e: string | undefined) => e === undefined || e.endsWith('@riverside.example'))).toBe(true);
    // Not an empty log passing the check above: the Riverside director's own sign-in is in it.
    expect(emails).toContain('director@riverside.example');
    const mine = await gql(
      stack.gatewayUrl,
      'query ($id: ID!) { school(id: $id) { name } }',
      { id: oakfield.id },
      northstar,
    );
    expect(ok(mine).school.name).toBe(oakfield.name);
  });

  it('joins a ticket from the support desk with its school from directory, for the owning trust only', async () => {
    const teacher = await signIn(stack.gatewayUrl, 'teacher@northstar.example');
    const raised = await gql(
      stack.gatewayUrl,
      `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Board pen missing", description: "Year 2",
      kind: FAULT, impact: LOW, urgency: LOW, category: "AV" }) { id number school { id name } sla { state } } }`,
      { s: oakfield.id },
      teacher,
    );
    const { raiseTicket } = ok(raised);
    expect(raiseTicket.school).toEqual({ id: oakfield.id, name: oakfield.name });
    const tech = await signIn(stack.gatewayUrl, 'tech@northstar.example');
    const queue = await gql(
      stack.gatewayUrl,
      '{ tickets(first: 50, filter: { status: [NEW, OPEN, WAITING] }) { totalCount edges { node { number school { name } requester { displayName } } } } }',
      {},
      tech,
    );
    const { edges } = ok(queue).tickets;
    expect(edges.map((e: { node: { number: string } }) => e.node.number)).toContain(raiseTicket.number);
    expect(
      edges.find((e: { node: { number: string } }) => e.node.number === raiseTicket.number).node.requester.displayName,
    ).toBe('Jess Malik');
    const other = await gql(
      stack.gatewayUrl,
      'query ($t: ID!) { ticket(id: $t) { id } }',
      { t: raiseTicket.id },
      riverside,
    );
    expect(ok(other).ticket).toBeNull();
  });

  it.each([
    { title: 'a malformed header', header: 'Bearer' },
    { title: 'garbage in place of a token', header: 'Bearer abc.def.ghi' },
  ])('refuses $title at the gateway with UNAUTHENTICATED', async ({ header }) => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: header },
      body: '{"query":"{ schools { id } }"}',
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("streams ticket attachments through /files to the support desk, with the caller's token", async () => {
    const teacher = await signIn(stack.gatewayUrl, 'teacher@northstar.example');
    const raised = await gql(
      stack.gatewayUrl,
      `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Printer error", description: "See log",
      kind: FAULT, impact: LOW, urgency: LOW, category: "PRINTING" }) { id } }`,
      { s: oakfield.id },
      teacher,
    );
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const log = Buffer.from('E2 paper jam at tray 2\n');
    const up = await fetch(
      `${base}/files/support-desk/attachments?ticketId=${ok(raised).raiseTicket.id}&fileName=printer.log`,
      { method: 'POST', body: log, headers: { authorization: `Bearer ${teacher}`, 'content-type': 'text/plain' } },
    );
    expect(up.status).toBe(201);
    const { url } = (await up.json()) as { url: string };
    const down = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${northstar}` } });
    expect(Buffer.from(await down.arrayBuffer()).toString()).toBe(log.toString());
    expect((await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${riverside}` } })).status).toBe(404);
    expect((await fetch(`${base}/files/nowhere/x`)).status).toBe(404);
  });

  it("keeps the desk's calendar copy current from directory's events", async () => {
    const add = `mutation ($s: ID!) { addCalendarEvent(input: { schoolId: $s, kind: CLOSURE, title: "Boiler failure", startsOn: "2027-01-12", endsOn: "2027-01-12" }) { id } }`;
    const eventId = ok(await gql(stack.gatewayUrl, add, { s: oakfield.id }, northstar)).addCalendarEvent.id;
    const admin = new URL(adminUrl());
    admin.pathname = `/${stack.databaseName}`;
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    const copied = async () =>
      (await client.query('SELECT title FROM support_desk.calendar_ref WHERE id = $1', [eventId])).rows;
    try {
      await eventually(copied, (rows) => rows.length === 1);
      expect(await copied()).toEqual([{ title: 'Boiler failure' }]);
      await gql(stack.gatewayUrl, 'mutation ($id: ID!) { removeCalendarEvent(id: $id) }', { id: eventId }, northstar);
      await eventually(copied, (rows) => rows.length === 0);
      expect(await copied()).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('streams "changed" to a Northstar board when a Northstar ticket is raised, never to Riverside, and only to leaders', async () => {
    const ours = await openStream('leadership-reporting/board-live', northstar);
    const theirs = await openStream('leadership-reporting/board-live', riverside);
    try {
      expect(ours.res.status).toBe(200);
      expect(ours.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await eventually(
        async () => ours.text() + theirs.text(),
        (text) => (text.match(/: listening/g) ?? []).length === 2,
      );
      expect([ours.text(), theirs.text()]).toEqual([
        expect.stringContaining(': listening'),
        expect.stringContaining(': listening'),
      ]);
      const teacher = await signIn(stack.gatewayUrl, 'teacher@northstar.example');
      const raised = await gql(
        stack.gatewayUrl,
        `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Projector dead", description: "Room 4",
        kind: FAULT, impact: LOW, urgency: LOW, category: "AV" }) { id } }`,
        { s: oakfield.id },
        teacher,
      );
      expect(raised.errors).toBeUndefined();
      const reportingMetrics = async () =>
        (await fetch(stack.subgraphUrls['leadership-reporting'].replace(/\/graphql$/, '/metrics'))).text();
      expect(metricValue(await reportingMetrics(), 'trustops_live_streams')).toBe(2);
      await eventually(
        async () => ours.text(),
        (text) => text.includes('event: changed'),
        5000,
      );
      expect(ours.text()).toContain('event: changed\ndata: {}');
      await new Promise((r) => setTimeout(r, 500));
      expect(theirs.text()).not.toContain('event: changed');
    } finally {
      await ours.close();
      await theirs.close();
    }
    // closing the tabs ends the streams at the gateway and at reporting, listeners and timers with them
    const left = await eventually(
      async () => (await fetch(stack.subgraphUrls['leadership-reporting'].replace(/\/graphql$/, '/metrics'))).text(),
      (text) => metricValue(text, 'trustops_live_streams') === 0,
    );
    expect(metricValue(left, 'trustops_live_streams')).toBe(0);
    expect(
      await refusal('leadership-reporting/board-live', await signIn(stack.gatewayUrl, 'tech@northstar.example')),
    ).toEqual([403, 'FORBIDDEN']);
    expect(await refusal('leadership-reporting/board-live')).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('streams "changed" to the technician\'s queue when a ticket of one of their schools is raised, not of others, and refuses governors', async () => {
    const tech = await signIn(stack.gatewayUrl, 'tech@northstar.example');
    const stream = await openStream('support-desk/tickets-live', tech);
    expect(stream.res.status).toBe(200);
    try {
      await eventually(
        async () => stream.text(),
        (t) => t.includes(': listening'),
      );
      expect(stream.text()).toContain(': listening');
      const raise = async (email: string, schoolId: string) =>
        expect(
          (
            await gql(
              stack.gatewayUrl,
              `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s,
        subject: "Live queue check", description: "x", kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`,
              { s: schoolId },
              await signIn(stack.gatewayUrl, email),
            )
          ).errors,
        ).toBeUndefined();
      // Tom is scoped to six schools: a ticket at Holmewood, not one of them, is not his to hear of.
      await raise(
        'director@northstar.example',
        NORTHSTAR.schools.find((school) => school.name === 'Holmewood Primary School')!.id,
      );
      // once the desk's relay has sent the Holmewood events on (and signalled), give the signal time to arrive
      const desk = async () =>
        (await fetch(stack.subgraphUrls['support-desk'].replace(/\/graphql$/, '/metrics'))).text();
      expect(
        metricValue(
          await eventually(desk, (text) => metricValue(text, 'trustops_outbox_pending_events') === 0),
          'trustops_outbox_pending_events',
        ),
      ).toBe(0);
      await new Promise((r) => setTimeout(r, 500));
      expect(stream.text()).not.toContain('event: changed');
      await raise('teacher@northstar.example', oakfield.id);
      await eventually(
        async () => stream.text(),
        (t) => t.includes('event: changed'),
        5000,
      );
      expect(stream.text()).toContain('event: changed');
    } finally {
      await stream.close();
    }
    expect(
      await refusal('support-desk/tickets-live', await signIn(stack.gatewayUrl, 'governor@northstar.example')),
    ).toEqual([403, 'FORBIDDEN']);
  });

  it('serves Prometheus metrics: requests by root field at the gateway and the desk, event lag and queues, no trust ids', async () => {
    const metricsOf = async (graphqlUrl: string) => {
      const res = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
      expect(res.status).toBe(200);
      return res.text();
    };
    const raises = { type: 'mutation', field: 'raiseTicket', outcome: 'ok' };
    const count = (text: string, name: string, labels: Record<string, string>) => metricValue(text, name, labels) ?? 0;
    const [gatewayBefore, deskBefore] = await Promise.all([
      metricsOf(stack.gatewayUrl),
      metricsOf(stack.subgraphUrls['support-desk']),
    ]);
    const requests = 'trustops_graphql_request_seconds_count';
    const before = count(gatewayBefore, requests, { ...raises, service: 'gateway' });
    const refusedBefore = count(gatewayBefore, requests, { ...raises, outcome: 'error', service: 'gateway' });
    const deskRaisesBefore = count(deskBefore, requests, { ...raises, service: 'support-desk' });
    const lagBefore = count(deskBefore, 'trustops_event_lag_seconds_count', { consumer: 'support-desk' });
    // Two directory events of this test's own for the desk's consumer: a calendar event added, then removed.
    const add = `mutation ($s: ID!) { addCalendarEvent(input: { schoolId: $s, kind: CLOSURE, title: "Metrics closure", startsOn: "2027-02-02", endsOn: "2027-02-02" }) { id } }`;
    const eventId = ok(await gql(stack.gatewayUrl, add, { s: oakfield.id }, northstar)).addCalendarEvent.id;
    ok(await gql(stack.gatewayUrl, 'mutation ($id: ID!) { removeCalendarEvent(id: $id) }', { id: eventId }, northstar));
    const teacher = await signIn(stack.gatewayUrl, 'teacher@northstar.example');
    const raised = await gql(
      stack.gatewayUrl,
      `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Metrics check", description: "x",
      kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`,
      { s: oakfield.id },
      teacher,
    );
    ok(raised);
    const refused = await gql(
      stack.gatewayUrl,
      `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "", description: "x",
      kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`,
      { s: oakfield.id },
      teacher,
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const gateway = await metricsOf(stack.gatewayUrl);
    expect(metricValue(gateway, 'trustops_graphql_request_seconds_count', { ...raises, service: 'gateway' })).toBe(
      before + 1,
    );
    expect(count(gateway, requests, { ...raises, outcome: 'error', service: 'gateway' })).toBe(refusedBefore + 1);
    const desk = await eventually(
      () => metricsOf(stack.subgraphUrls['support-desk']),
      (text) =>
        metricValue(text, 'trustops_outbox_pending_events') === 0 &&
        count(text, 'trustops_event_lag_seconds_count', { consumer: 'support-desk' }) >= lagBefore + 2,
    );
    expect(count(desk, requests, { ...raises, service: 'support-desk' })).toBe(deskRaisesBefore + 1);
    expect(metricValue(desk, 'trustops_outbox_pending_events', { service: 'support-desk' })).toBe(0); // the raise's events were relayed
    // this test's two calendar events reached the desk's consumer, each timed
    expect(count(desk, 'trustops_event_lag_seconds_count', { consumer: 'support-desk' })).toBeGreaterThanOrEqual(
      lagBefore + 2,
    );
    expect(metricValue(desk, 'trustops_event_queue_jobs', { state: 'failed', service: 'support-desk' })).toBe(0);
    expect(gateway).toContain('process_cpu_seconds_total');
    for (const text of [gateway, desk]) {
      expect(text).not.toContain(NORTHSTAR.id);
      expect(text).not.toContain(RIVERSIDE.id);
    }
  });

  it('joins a roadmap risk with its incident from change management', async () => {
    const risk = ok(
      await gql(
        stack.gatewayUrl,
        'mutation { createRisk(input: { title: "Filtering gaps", likelihood: 2, impact: 5 }) { id } }',
        {},
        northstar,
      ),
    ).createRisk.id;
    const incident = ok(await gql(stack.gatewayUrl, '{ incidents { id title } }', {}, northstar)).incidents[0];
    await gql(
      stack.gatewayUrl,
      'mutation ($r: ID!, $i: ID!) { linkRiskIncident(riskId: $r, incidentId: $i) { id } }',
      { r: risk, i: incident.id },
      northstar,
    );
    const joined = await gql(stack.gatewayUrl, '{ risks { title incidents { title state } } }', {}, northstar);
    expect(ok(joined).risks.find((r: { title: string }) => r.title === 'Filtering gaps').incidents).toEqual([
      { title: incident.title, state: 'RESOLVED' },
    ]);
  });

  it('refuses a token signed by another key', async () => {
    const forged = await (
      await createTestSigner()
    ).sign({ userId: '00000000-0000-4000-8000-000000000001', trustId: NORTHSTAR.id, role: 'IT_DIRECTOR' });
    expect(errorCodes(await gql(stack.gatewayUrl, '{ schools { id } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a query 20 levels deep, 500 aliases and a 2 MB body, and keeps serving', async () => {
    const deep = `{ ${'schools { sites { '.repeat(10)}id${' } }'.repeat(10)} }`;
    const deepRes = await gql(stack.gatewayUrl, deep, {}, northstar);
    expect(errorCodes(deepRes)).toContain('QUERY_TOO_DEEP');
    expect(deepRes.errors!.find((e) => e.extensions?.code === 'QUERY_TOO_DEEP')!.message).toMatch(/depth limit/i);

    const aliases = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(errorCodes(await gql(stack.gatewayUrl, aliases, {}, northstar))).toContain('TOO_MANY_ALIASES');

    const big = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${northstar}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

    const after = await gql(stack.gatewayUrl, '{ schools { id } }', {}, northstar);
    expect(ids(ok(after).schools)).toEqual(ids(NORTHSTAR.schools));
  });

  it('counts __typename aliases too: 30 pass, 31 (or 1,000) are refused TOO_MANY_ALIASES before directory is asked', async () => {
    const me = (n: number) => `{ me { ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} } }`;
    expect(Object.keys(ok(await gql(stack.gatewayUrl, me(30), {}, northstar)).me)).toHaveLength(30);
    const directoryMe = async () =>
      metricValue(
        await (await fetch(stack.subgraphUrls.directory.replace(/\/graphql$/, '/metrics'))).text(),
        'trustops_graphql_request_seconds_count',
        { service: 'directory', field: 'me', outcome: 'ok' },
      );
    const before = await directoryMe();
    for (const n of [31, 1000]) {
      const refused = await gql(stack.gatewayUrl, me(n), {}, northstar);
      expect([refused.status, errorCodes(refused), refused.data]).toEqual([400, ['TOO_MANY_ALIASES'], undefined]);
    }
    expect(await directoryMe()).toBe(before);
  });

  it('refuses a query of 6,000 tokens with HTTP 400 QUERY_TOO_LARGE, like the other limits', async () => {
    const res = await gql(stack.gatewayUrl, `{ ${'__typename '.repeat(6000)}}`, {}, northstar);
    expect([res.status, errorCodes(res)]).toEqual([400, ['QUERY_TOO_LARGE']]);
    expect(res.errors![0].message).toMatch(/5000 tokens/);
  });

  it('never sends a stack trace', async () => {
    const res = await gql(stack.gatewayUrl, '{ schools { id nope } }', {}, northstar);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  });

  it('turns introspection off in production, and keeps /metrics for the bearer of METRICS_TOKEN', async () => {
    const config = {
      ...readGatewayConfig({ NODE_ENV: 'production', PORT: '0' }),
      subgraphUrls: stack.subgraphUrls,
      jwksUrl: stack.subgraphUrls.directory.replace('/graphql', '/.well-known/jwks.json'),
    };
    const production = await startGateway(config);
    try {
      const res = await gql(production.url, '{ __schema { types { name } } }');
      expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toMatch(/introspection/i);
      const served = await gql(production.url, '{ schools { id } }', {}, northstar);
      expect(ids(ok(served).schools)).toEqual(ids(NORTHSTAR.schools));
      const metricsUrl = production.url.replace(/\/graphql$/, '/metrics');
      process.env.METRICS_TOKEN = 'scrape-me';
      expect((await fetch(metricsUrl)).status).toBe(401);
      const scraped = await fetch(metricsUrl, { headers: { authorization: 'Bearer scrape-me' } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('trustops_graphql_request_seconds');
    } finally {
      delete process.env.METRICS_TOKEN;
      await production.stop();
    }
  });

  it('has an up-to-date supergraph checked in (run `pnpm compose` when this fails)', async () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(await composeSupergraph(stack.subgraphUrls));
  });
});
