import { createServer, request, Server } from 'node:http';

export interface DroppingProxy {
  url: string;
  /**
   * The next request whose body matches `pattern` reaches the target and is answered there (its transaction
   * commits), then `whileHeld` runs (say, killing the target) and the caller's connection is cut: the write
   * happened but its answer is lost, as when a service dies between commit and response.
   */
  dropNextAnswer(pattern: RegExp, whileHeld: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** An HTTP proxy in front of one service, for fault tests; a target that is down is answered 502 as a load balancer would. */
export async function startDroppingProxy(targetUrl: string): Promise<DroppingProxy> {
  const target = new URL(targetUrl);
  let armed: { pattern: RegExp; whileHeld: () => Promise<void>; dropped: () => void } | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const drop = armed && armed.pattern.test(body.toString()) ? armed : null;
      if (drop) armed = null;
      const upstream = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            if (!drop) {
              res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(parts));
              return;
            }
            void drop.whileHeld().finally(() => {
              req.socket.destroy();
              drop.dropped();
            });
          });
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    dropNextAnswer: (pattern, whileHeld) =>
      new Promise((dropped) => {
        armed = { pattern, whileHeld, dropped };
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
