import { mkdtempSync, rmSync } from 'node:fs';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { Client } from 'pg';
import { gql, signIn, startStack, TestStack } from '@trustops/testing';
import { EmbeddedPostgres, spawnEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './processes';

const CLIENTS = 12;
const REQUESTS_PER_CLIENT = 25;
const SCHOOLS = '{ schools { id } }';
const TICKETS = '{ tickets(first: 50) { totalCount edges { node { number school { id } } } } }';

/** A frontend that sends PostgreSQL protocol messages when told to, so a statement's messages can arrive apart. */
async function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
  });
  const untilReady = async () => {
    while (!(received.length >= 6 && received[received.length - 6] === 0x5a))
      await new Promise((r) => setTimeout(r, 5));
    const messages: { type: string; body: Buffer }[] = [];
    for (let at = 0; at < received.length; at += 1 + received.readInt32BE(at + 1)) {
      messages.push({
        type: String.fromCharCode(received[at]),
        body: received.subarray(at + 5, at + 1 + received.readInt32BE(at + 1)),
      });
    }
    received = Buffer.alloc(0);
    return messages;
  };
  const int = (n: number, bytes: 2 | 4) => {
    const b = Buffer.alloc(bytes);
    if (bytes === 2) b.writeInt16BE(n);
    else b.writeInt32BE(n);
    return b;
  };
  const text = (s: string) => Buffer.from(`${s}\0`);
  const message = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    return Buffer.concat([Buffer.from(type), int(body.length + 4, 4), body]);
  };
  await new Promise((resolve) => socket.once('connect', resolve));
  const startup = Buffer.concat([
    int(196608, 4),
    text('user'),
    text('postgres'),
    text('database'),
    text('postgres'),
    Buffer.from([0]),
  ]);
  socket.write(Buffer.concat([int(startup.length + 4, 4), startup]));
  await untilReady();
  return {
    parse: (sql: string) => socket.write(message('P', text(''), text(sql), int(0, 2))),
    bindExecuteSync: (value: string) =>
      socket.write(
        Buffer.concat([
          message(
            'B',
            text(''),
            text(''),
            int(0, 2),
            int(1, 2),
            int(Buffer.byteLength(value), 4),
            Buffer.from(value),
            int(0, 2),
          ),
          message('D', Buffer.from('P'), text('')),
          message('E', text(''), int(0, 4)),
          message('S'),
        ]),
      ),
    untilReady,
    end: () => socket.end(),
  };
}

/** What `pnpm start` runs on a machine without PostgreSQL: PGlite behind pglite-socket, its own data directory. */
describe('the stack on the embedded PostgreSQL', () => {
  let dir: string;
  let pg: EmbeddedPostgres;
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trustops-pglite-'));
    pg = await spawnEmbeddedPostgres({ dataDir: dir, port: await freePort() });
    stack = await startStack({ server: { adminUrl: pg.adminUrl, maxConnections: pg.maxConnections } });
    for (const trust of [NORTHSTAR, RIVERSIDE])
      tokens[trust.code] = await signIn(
        stack.gatewayUrl,
        `director@${trust === NORTHSTAR ? 'northstar' : 'riverside'}.example`,
      );
    // The demo seed gives only Northstar tickets: one of Riverside's own, so both trusts have rows to leak.
    const raised = await gql(
      stack.gatewayUrl,
      `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Staffroom printer jams", description: "Tray 2",
      kind: FAULT, impact: LOW, urgency: LOW, category: "PRINTING" }) { number } }`,
      { s: RIVERSIDE.schools[0].id },
      tokens.RVA,
    );
    expect(raised.errors).toBeUndefined();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers 12 concurrent clients of two trusts with no failure, each only ever seeing its own trust', async () => {
    const failures: string[] = [];
    const foreign: string[] = [];
    let answered = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const trust = client % 2 ? RIVERSIDE : NORTHSTAR;
        const own = new Set(trust.schools.map((s) => s.id));
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
          const query = (client + i) % 2 ? TICKETS : SCHOOLS;
          const res = await gql(stack.gatewayUrl, query, {}, tokens[trust.code]);
          if (res.errors || !res.data) {
            failures.push(`${trust.code} ${res.status} ${JSON.stringify(res.errors)}`);
            continue;
          }
          answered++;
          const schools: string[] = query === SCHOOLS ? res.data.schools.map((s: { id: string }) => s.id) : [];
          const tickets: { number: string; school: { id: string } }[] =
            query === TICKETS ? res.data.tickets.edges.map((e: { node: unknown }) => e.node) : [];
          if (query === SCHOOLS && schools.length !== own.size)
            foreign.push(`${trust.code} saw ${schools.length} schools`);
          if (query === TICKETS && !tickets.length) foreign.push(`${trust.code} saw none of its tickets`);
          for (const id of schools) if (!own.has(id)) foreign.push(`${trust.code} saw school ${id}`);
          for (const t of tickets)
            if (!own.has(t.school.id) || !t.number.startsWith(`${trust.code}-`))
              foreign.push(`${trust.code} saw ticket ${t.number}`);
        }
      }),
    );
    expect({ failed: failures.length, first: failures.slice(0, 3) }).toEqual({ failed: 0, first: [] });
    expect({ foreign: foreign.length, first: foreign.slice(0, 3) }).toEqual({ foreign: 0, first: [] });
    expect(answered).toBe(CLIENTS * REQUESTS_PER_CLIENT);
  }, 120_000);

  it("keeps each client's transaction together on PGlite's one session, so no statement sees another trust's set_config", async () => {
    // pglite-socket serves only the client whose transaction block is open until it ends: that is what makes
    // the transaction-local trust of a request hold when every connection shares one PostgreSQL session.
    // Three: the room the connection budget leaves beside the running stack's pools.
    const clients = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const c = new Client({ connectionString: pg.adminUrl });
        await c.connect();
        return c;
      }),
    );
    const seen: string[] = [];
    try {
      await Promise.all(
        clients.map(async (client, n) => {
          const trustId = (n % 2 ? RIVERSIDE : NORTHSTAR).id;
          for (let i = 0; i < 40; i++) {
            await client.query(`BEGIN; SELECT set_config('app.trust_id', '${trustId}', true)`);
            for (let j = 0; j < 3; j++) {
              await new Promise((resolve) => setImmediate(resolve));
              const {
                rows: [row],
              } = await client.query(`SELECT current_setting('app.trust_id') AS trust, $1::text AS asked`, [trustId]);
              if (row.trust !== row.asked) seen.push(`${row.asked} saw ${row.trust}`);
            }
            await client.query('COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(seen).toEqual([]);
  });

  it("keeps a client's statement together when its messages arrive apart, so another client's cannot take its place", async () => {
    // PGlite has one unnamed statement for everyone: a Parse from another client between this one's Parse and
    // Bind would replace it.
    const raw = await rawClient(pg.port);
    const other = new Client({ connectionString: pg.adminUrl });
    await other.connect();
    try {
      raw.parse('SELECT $1::text AS mine');
      const others = Promise.all(Array.from({ length: 10 }, (_, n) => other.query('SELECT $1::int + 1 AS next', [n])));
      await new Promise((resolve) => setTimeout(resolve, 100));
      raw.bindExecuteSync('kept');
      const messages = await raw.untilReady();
      expect(messages.filter((m) => m.type === 'E').map((m) => m.body.toString())).toEqual([]);
      expect(messages.filter((m) => m.type === 'D').map((m) => m.body.subarray(6).toString())).toEqual(['kept']);
      expect((await others).map((r) => r.rows[0].next)).toEqual(Array.from({ length: 10 }, (_, n) => n + 1));
    } finally {
      raw.end();
      await other.end();
    }
  });
});
