import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

describe('subgraphFetcher', () => {
  let server: Server;
  let url: string;
  const subgraphs = subgraphFetcher();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 1000);
        const status = req.url === '/down' ? 503 : req.url === '/broken' ? 500 : 200;
        res.writeHead(status, {
          'content-type': 'application/json',
          'cache-control': 'max-age=5',
          'x-seen-auth': req.headers.authorization ?? '',
        });
        res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await subgraphs.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends method, headers and body, and hands back status, headers and JSON', async () => {
    const response = await subgraphs.fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: '{"query":"{ a }"}',
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=5');
    expect(response.headers.get('x-seen-auth')).toBe('Bearer t');
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
    expect(response.bodyUsed).toBe(true);
  });

  it('reports a failing subgraph by status and reason, with its body still readable', async () => {
    const response = await subgraphs.fetcher(`${url}/broken`, { method: 'POST', body: '{}' });
    expect(response.ok).toBe(false);
    expect(`${response.status}: ${response.statusText}`).toBe('500: Internal Server Error');
    expect(await response.clone().text()).toContain('echo');
  });

  const unavailable = { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfterSeconds: 2 } };

  it('turns a subgraph that answers 503 (restarting behind a proxy) into SERVICE_UNAVAILABLE', async () => {
    await expect(subgraphs.fetcher(`${url}/down`, { method: 'POST', body: '{}' })).rejects.toMatchObject(unavailable);
  });

  it('turns a subgraph that nothing listens on into SERVICE_UNAVAILABLE', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((resolve) => dead.close(resolve));
    await expect(
      subgraphs.fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' }),
    ).rejects.toMatchObject(unavailable);
  });

  it('turns a subgraph that does not answer in time into SERVICE_UNAVAILABLE', async () => {
    const impatient = subgraphFetcher({ timeoutMs: 200 });
    try {
      await expect(impatient.fetcher(`${url}/slow`, { method: 'POST', body: '{}' })).rejects.toMatchObject(unavailable);
    } finally {
      await impatient.close();
    }
  });
});
