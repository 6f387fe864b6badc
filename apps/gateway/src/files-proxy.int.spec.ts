import { IncomingHttpHeaders, request } from 'node:http';
import { NORTHSTAR } from '@trustops/demo-data';
import { freePort, launch, stopAll, SUBGRAPHS, waitForReady } from '@trustops/launcher';
import { gql, ok, signIn, startStack, TestStack } from '@trustops/testing';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

/**
 * One request with `path` sent exactly as written (what `curl --path-as-is` does; fetch would resolve the dots
 * first). `upload` streams that many bytes, chunked, and stops once an answer comes; `declaredLength` sends only
 * the headers, with that Content-Length.
 */
function raw(
  base: string,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    upload?: number;
    declaredLength?: number;
  } = {},
) {
  const { hostname, port } = new URL(base);
  const started = Date.now();
  return new Promise<RawAnswer>((resolve, reject) => {
    const headers = {
      ...options.headers,
      ...(options.declaredLength ? { 'content-length': String(options.declaredLength) } : {}),
    };
    const req = request({ host: hostname, port, path, method: options.method ?? 'GET', headers });
    let answered = false;
    // however it ends, nothing is left open (an unfinished upload would keep Jest from exiting)
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${path} in 10 s`)));
    req.on('response', (res) => {
      answered = true;
      let body = '';
      const done = () => {
        resolve({ status: res.statusCode!, headers: res.headers, body, ms: Date.now() - started });
        req.destroy();
      };
      res
        .on('data', (chunk: Buffer) => {
          body += chunk.toString();
        })
        .on('end', done)
        .on('error', done);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
      req.destroy();
    });
    if (options.declaredLength) return void req.flushHeaders();
    if (!options.upload) return void req.end(options.body);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (!answered && sent < options.upload!) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const doorRefusal = (code: string) => ({
  errors: [{ message: expect.stringMatching(/^(A \/files path|No such file route)/), extensions: { code } }],
});

describe("the gateway's /files door", () => {
  let stack: TestStack;
  let base: string;
  let director: string;
  let teacher: string;
  let ticketId: string;
  const uploadPath = () => `/files/support-desk/attachments?ticketId=${ticketId}&fileName=big.txt`;

  beforeAll(async () => {
    stack = await startStack();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    [director, teacher] = await Promise.all([
      signIn(stack.gatewayUrl, 'director@northstar.example'),
      signIn(stack.gatewayUrl, 'teacher@northstar.example'),
    ]);
    ticketId = ok(
      await gql(
        stack.gatewayUrl,
        `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Scan of the lease", description: "x",
      kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`,
        { s: NORTHSTAR.schools[0].id },
        teacher,
      ),
    ).raiseTicket.id;
  });
  afterAll(() => stack?.stop());

  it.each([
    { title: '../graphql (GET)', path: '/files/support-desk/../graphql', status: 400, code: 'BAD_REQUEST' },
    { title: '../metrics', path: '/files/support-desk/../metrics', status: 400, code: 'BAD_REQUEST' },
    { title: '../ready', path: '/files/leadership-reporting/../ready', status: 400, code: 'BAD_REQUEST' },
    {
      title: '../.well-known/jwks.json',
      path: '/files/directory/../.well-known/jwks.json',
      status: 400,
      code: 'BAD_REQUEST',
    },
    { title: './', path: '/files/support-desk/./metrics', status: 400, code: 'BAD_REQUEST' },
    { title: '%2e%2e', path: '/files/support-desk/%2e%2e/metrics', status: 400, code: 'BAD_REQUEST' },
    { title: '%2E%2E in capitals', path: '/files/support-desk/%2E%2E/ready', status: 400, code: 'BAD_REQUEST' },
    { title: '.%2e', path: '/files/support-desk/.%2e/metrics', status: 400, code: 'BAD_REQUEST' },
    {
      title: 'an encoded slash',
      path: '/files/support-desk/attachments%2f..%2f..%2fmetrics',
      status: 400,
      code: 'BAD_REQUEST',
    },
    { title: 'an encoded backslash', path: '/files/support-desk/..%5cmetrics', status: 400, code: 'BAD_REQUEST' },
    { title: 'a backslash', path: '/files/support-desk/..\\metrics', status: 400, code: 'BAD_REQUEST' },
    { title: 'double encoding', path: '/files/support-desk/%252e%252e/metrics', status: 400, code: 'BAD_REQUEST' },
    { title: 'an empty segment', path: '/files/support-desk//metrics', status: 400, code: 'BAD_REQUEST' },
    { title: 'a route the desk does not declare', path: '/files/support-desk/metrics', status: 404, code: 'NOT_FOUND' },
    {
      title: 'directory, which declares none',
      path: '/files/directory/.well-known/jwks.json',
      status: 404,
      code: 'NOT_FOUND',
    },
  ])('refuses $title itself, without reaching the service', async ({ path, status, code }) => {
    const answer = await raw(base, path);
    expect([answer.status, JSON.parse(answer.body)]).toEqual([status, doorRefusal(code)]);
    expect(answer.body).not.toMatch(/trustops_|"keys"|"ready"|"data"/);
  });

  it("refuses a GraphQL POST through ../graphql, so no query skips the gateway's limits", async () => {
    const answer = await raw(base, '/files/support-desk/../graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${director}` },
      body: '{"query":"{ __typename }"}',
    });
    expect([answer.status, JSON.parse(answer.body)]).toEqual([400, doorRefusal('BAD_REQUEST')]);
  });

  it('reaches every route a service declares (each answers itself: it asks for a token, for JSON at the session door, or sends single sign-on back to the dashboard)', async () => {
    const routes = SUBGRAPHS.flatMap((s) => (s.files ?? []).map((route) => [s.name, ...route.split(' ')]));
    expect(routes).toHaveLength(10);
    // Single sign-on's legs are redirects, with the refusal in the fragment of the dashboard's /sso page.
    const redirects: Record<string, string> = {
      'GET sso/start': 'IDENTITY_PROVIDER_NOT_FOUND',
      'GET sso/callback': 'SSO_STATE_INVALID',
    };
    const asks = (service: string, route: string) =>
      SUBGRAPHS.find((s) => s.name === service)?.cookieRoutes?.includes(route)
        ? [400, 'BAD_USER_INPUT']
        : [401, 'UNAUTHENTICATED'];
    for (const [service, method, path] of routes) {
      const answer = await raw(
        base,
        `/files/${service}/${path.replace(':uuid', '0b9c3c0e-5d1f-4c1a-9e51-1f7f0c2b6a11')}`,
        { method, body: '' },
      );
      const redirect = redirects[`${method} ${path}`];
      if (redirect) {
        const fragment = new URLSearchParams(String(answer.headers.location).split('/sso#')[1]);
        expect([`${method} ${path}`, answer.status, fragment.get('error')]).toEqual([
          `${method} ${path}`,
          302,
          redirect,
        ]);
        continue;
      }
      expect([
        `${method} ${service}/${path}`,
        answer.status,
        JSON.parse(answer.body).errors[0].extensions.code,
      ]).toEqual([`${method} ${service}/${path}`, ...asks(service, `${method} ${path}`)]);
    }
    const pack = await raw(base, '/files/leadership-reporting/board-pack?from=2026-11-01&to=2026-11-25', {
      headers: { authorization: `Bearer ${director}` },
    });
    expect(pack.status).toBe(200);
    expect(pack.body).toContain('<h2>Summary');
  });

  it('answers a 120 MB streamed upload 413 PAYLOAD_TOO_LARGE as soon as it passes the limit, not a 502 when it ends', async () => {
    const answer = await raw(base, uploadPath(), {
      method: 'POST',
      upload: 120 * 1024 * 1024,
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'text/plain' },
    });
    expect([answer.status, JSON.parse(answer.body).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(answer.ms).toBeLessThan(3000);
  });

  it('answers a Content-Length over the limit 413 from the headers alone, before any of the body is sent', async () => {
    const answer = await raw(base, uploadPath(), {
      method: 'POST',
      declaredLength: 200 * 1024 * 1024,
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'text/plain' },
    });
    expect([answer.status, JSON.parse(answer.body).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    // the gateway goes on serving
    expect(ok(await gql(stack.gatewayUrl, '{ me { email } }', {}, teacher)).me.email).toBe('teacher@northstar.example');
  });

  it('sends browser security headers on /graphql, /health and /files, and a sandbox for what /files serves', async () => {
    const upload = await fetch(`${base}/files/support-desk/attachments?ticketId=${ticketId}&fileName=lease.txt`, {
      method: 'POST',
      body: 'lease',
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'text/plain' },
    });
    const { url } = (await upload.json()) as { url: string };
    const answers = {
      graphql: await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher}` },
        body: '{"query":"{ me { email } }"}',
      }),
      health: await fetch(`${base}/health`),
      missingFile: await fetch(`${base}/files/nowhere/x`),
      file: await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${teacher}` } }),
    };
    expect(((await answers.graphql.json()) as { data: { me: { email: string } } }).data.me.email).toBe(
      'teacher@northstar.example',
    );
    expect([answers.file.status, await answers.file.text()]).toEqual([200, 'lease']);
    for (const [name, res] of Object.entries(answers)) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([
        name,
        res.headers.get('x-content-type-options'),
        res.headers.get('x-frame-options'),
        res.headers.get('referrer-policy'),
        csp.includes("frame-ancestors 'none'"),
      ]).toEqual([name, 'nosniff', 'DENY', 'no-referrer', true]);
    }
    for (const res of [answers.missingFile, answers.file]) {
      expect(res.headers.get('content-security-policy')!.split(';').sort()).toEqual([
        "default-src 'none'",
        "frame-ancestors 'none'",
        'sandbox',
      ]);
    }
  });

  it('keeps introspection off at a subgraph started with NODE_ENV=production', async () => {
    const port = await freePort();
    const roadmap = launch('strategy-roadmap', {
      NODE_ENV: 'production',
      DATABASE_URL: stack.databaseUrl,
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JWKS_URL: stack.subgraphUrls.directory.replace(/\/graphql$/, '/.well-known/jwks.json'),
    });
    try {
      await waitForReady(`http://127.0.0.1:${port}/ready`, roadmap);
      const res = await gql(`http://127.0.0.1:${port}/graphql`, '{ __schema { types { name } } }');
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await stopAll([roadmap]);
    }
  });
});
