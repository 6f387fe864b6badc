/**
 * `pnpm bench`: starts the stack on a scratch database and prints latency figures as a table. Services that
 * own a benchmark of their own (the ticket queue at 1M rows, the board) add their rows here.
 */
import { adminUrl, gql, signIn, startStack } from '@trustops/testing';
import { measure } from './stats';
import { benchQueue } from './queue-bench';
import { benchRaise } from './raise-bench';
import { benchBoard } from './board-bench';
import { benchLive } from './live-bench';
import { benchMembers } from './members-bench';
import { benchMfaSignIn } from './mfa-bench';
import { benchRoster } from './roster-bench';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const RAISES = Number(process.env.BENCH_RAISES ?? 5000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const BOARD_TICKETS = Number(process.env.BENCH_BOARD_TICKETS ?? 3_000_000);
const REBUILD_EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 50_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20_000);
const MFA_USERS = Number(process.env.BENCH_MFA_USERS ?? 200);
const ROSTER_STAFF = Number(process.env.BENCH_ROSTER_STAFF ?? 20_000);
/** BENCH_ONLY=raise,queue runs just those parts (schools, members, mfa, roster, raise, live, queue, board); all by default. */
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? 'schools,members,mfa,roster,raise,live,queue,board').split(',').map((part) => part.trim()),
);

async function main() {
  const stack = await startStack({ env: { LOG_LEVEL: 'warn' } });
  try {
    if (ONLY.has('schools')) await printSchools(stack);
    if (ONLY.has('members')) await printMembers(stack);
    if (ONLY.has('mfa')) await printMfa(stack);
    if (ONLY.has('roster')) await printRoster(stack);
    if (ONLY.has('raise')) await printRaise(stack);
    if (ONLY.has('live')) await printLive(stack);
    if (ONLY.has('queue')) await printQueue(stack);
    if (ONLY.has('board')) await printBoard(stack);
  } finally {
    await stack.stop();
  }
}

type Stack = Awaited<ReturnType<typeof startStack>>;

async function printSchools(stack: Stack) {
  const token = await signIn(stack.gatewayUrl, 'director@northstar.example');
  const schools = '{ schools { id name urn phase localAuthority } }';
  const ok = async (url: string) => {
    const res = await gql(url, schools, {}, token);
    if (!res.data?.schools) throw new Error(JSON.stringify(res.errors));
  };
  const direct = await measure(REQUESTS, () => ok(stack.subgraphUrls.directory));
  const viaGateway = await measure(REQUESTS, () => ok(stack.gatewayUrl));
  const rows = [
    ['schools (12 rows, RLS transaction) direct to directory', direct],
    ['schools through the gateway', viaGateway],
  ] as const;
  console.log(`\n${REQUESTS} sequential requests each, 1 client\n`);
  console.log('| measurement | p50 ms | p95 ms | req/s |\n|---|---|---|---|');
  for (const [name, r] of rows)
    console.log(`| ${name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.perSecond.toFixed(0)} |`);
  console.log(`| gateway overhead (p50) | ${(viaGateway.p50 - direct.p50).toFixed(2)} | | |`);
}

async function printMembers(stack: Stack) {
  const rows = await benchMembers({
    adminUrl: adminUrl(),
    database: stack.databaseName,
    gatewayUrl: stack.gatewayUrl,
    directoryUrl: stack.subgraphUrls.directory,
    members: MEMBERS,
    requests: REQUESTS,
  });
  console.log(
    `\nPeople page (members, 50 a page with the total): one trust of 60 schools, ${MEMBERS} members and 200 invitations, ${REQUESTS} sequential requests each\n`,
  );
  console.log(
    '| filter | matching | direct p50 / p95 ms | through the gateway p50 / p95 ms (target p95 < 50) |\n|---|---|---|---|',
  );
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.total} | ${r.direct.p50.toFixed(1)} / ${r.direct.p95.toFixed(1)} | ${r.gateway.p50.toFixed(1)} / ${r.gateway.p95.toFixed(1)} |`,
    );
}

async function printMfa(stack: Stack) {
  const r = await benchMfaSignIn({
    adminUrl: adminUrl(),
    database: stack.databaseName,
    gatewayUrl: stack.gatewayUrl,
    users: MFA_USERS,
  });
  console.log(`\nSign-in through the gateway (argon2 password check in each), ${r.samples} sequential sign-ins each\n`);
  console.log('| sign-in | p50 ms | p95 ms |\n|---|---|---|');
  console.log(`| password alone (signIn) | ${r.password.p50.toFixed(1)} | ${r.password.p95.toFixed(1)} |`);
  console.log(
    `| password, then authenticator code (signIn → MFA_REQUIRED, verifySignIn) | ${r.withMfa.p50.toFixed(1)} | ${r.withMfa.p95.toFixed(1)} |`,
  );
}

async function printRoster(stack: Stack) {
  const r = await benchRoster({
    adminUrl: adminUrl(),
    database: stack.databaseName,
    gatewayUrl: stack.gatewayUrl,
    staff: ROSTER_STAFF,
  });
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `\nRoster sync through the gateway: one trust of 60 schools, ${r.staff.toLocaleString('en-GB')} staff from one OneRoster CSV export (${(r.zipBytes / 1_048_576).toFixed(1)} MB zipped)\n`,
  );
  console.log('| step | seconds | target |\n|---|---|---|');
  console.log(`| upload and read the ZIP | ${s(r.uploadMs)} | |`);
  console.log(`| preview (everyone new) | ${s(r.previewMs)} | < 10 |`);
  console.log(`| apply (a job, polled until done: ${r.applied.added} added) | ${s(r.applyMs)} | < 60 |`);
  console.log(`| until every service's copy of the members holds them (by events) | ${s(r.copiesMs)} | |`);
  console.log(
    `| the same export again: upload + preview + apply, nothing to change | ${s(r.sameUploadMs + r.samePreviewMs + r.sameApplyMs)} (${s(r.sameUploadMs)} + ${s(r.samePreviewMs)} + ${s(r.sameApplyMs)}) | < 5 |`,
  );
}

async function printRaise(stack: Stack) {
  const r = await benchRaise({
    gatewayUrl: stack.gatewayUrl,
    database: stack.databaseName,
    total: RAISES,
    clients: CLIENTS,
  });
  console.log(
    `\nraiseTicket through the gateway: ${RAISES} tickets by ${CLIENTS} concurrent clients (SLA clocks, audit, outbox in each)\n`,
  );
  console.log('| measurement | value |\n|---|---|');
  console.log(`| tickets raised per second | ${r.perSecond.toFixed(0)} |`);
  console.log(`| latency p50 / p95 ms | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} |`);
  console.log(`| failed | ${r.failed} |`);
  console.log(`| ticket.raised events relayed | ${r.relayed} |`);
  console.log(`| outbox to queue p50 / p95 ms | ${r.relayP50.toFixed(0)} / ${r.relayP95.toFixed(0)} |`);
  console.log(`| ticket.raised events folded into leadership reporting | ${r.folded} |`);
  console.log(`| raise to reporting rollup p50 / p95 ms | ${r.foldP50.toFixed(0)} / ${r.foldP95.toFixed(0)} |`);
}

async function printLive(stack: Stack) {
  const live = await benchLive(stack.gatewayUrl, 20);
  console.log(
    `\nThe board's live stream: a teacher's raise (from sending it) to "changed" on the director's stream, through the gateway (${live.samples} raises, 1.1 s apart)\n`,
  );
  console.log('| measurement | p50 ms | p95 ms |\n|---|---|---|');
  console.log(`| raise sent → dashboard told | ${live.p50.toFixed(0)} | ${live.p95.toFixed(0)} |`);
}

async function printQueue(stack: Stack) {
  const q = await benchQueue({
    adminUrl: adminUrl(),
    database: stack.databaseName,
    databaseUrl: stack.databaseUrl,
    gatewayUrl: stack.gatewayUrl,
    deskUrl: stack.subgraphUrls['support-desk'],
    total: TICKETS,
    requests: REQUESTS,
  });
  console.log(
    `\nTechnician queue: ${TICKETS.toLocaleString('en-GB')} tickets (50 schools in one trust, 10 other trusts), seeded in ${q.seedSeconds.toFixed(0)} s;`,
  );
  console.log('first page of 50, 5 schools, open statuses, soonest due first, with totalCount\n');
  console.log('| measurement | p50 ms | p95 ms | req/s |\n|---|---|---|---|');
  console.log(
    `| queue direct to support-desk | ${q.direct.p50.toFixed(2)} | ${q.direct.p95.toFixed(2)} | ${q.direct.perSecond.toFixed(0)} |`,
  );
  console.log(
    `| queue through the gateway | ${q.viaGateway.p50.toFixed(2)} | ${q.viaGateway.p95.toFixed(2)} | ${q.viaGateway.perSecond.toFixed(0)} |`,
  );
  console.log(`| gateway overhead (p50) | ${(q.viaGateway.p50 - q.direct.p50).toFixed(2)} | | |`);
  console.log(`\nPlan of the queue page and its count:\n${q.plan}`);
}

async function printBoard(stack: Stack) {
  const b = await benchBoard({
    adminUrl: adminUrl(),
    database: stack.databaseName,
    gatewayUrl: stack.gatewayUrl,
    reportingUrl: stack.subgraphUrls['leadership-reporting'],
    tickets: BOARD_TICKETS,
    requests: Math.min(REQUESTS, 200),
    rebuildEvents: REBUILD_EVENTS,
  });
  console.log(
    `\nLeadership board: 60 schools, ${BOARD_TICKETS.toLocaleString('en-GB')} tickets in the rollups (seeded in ${b.seedSeconds.toFixed(0)} s), default 28-day range\n`,
  );
  console.log('| measurement | p50 ms | p95 ms | req/s |\n|---|---|---|---|');
  console.log(
    `| board direct to leadership-reporting | ${b.direct.p50.toFixed(1)} | ${b.direct.p95.toFixed(1)} | ${b.direct.perSecond.toFixed(0)} |`,
  );
  console.log(
    `| board through the gateway (target p95 < 200 ms) | ${b.viaGateway.p50.toFixed(1)} | ${b.viaGateway.p95.toFixed(1)} | ${b.viaGateway.perSecond.toFixed(0)} |`,
  );
  console.log(
    `| event to rollup at 200 events/s (${b.lag.events} events; outbox → relay → BullMQ → consumer; target p95 < 1 s) | ${b.lag.p50.toFixed(0)} | ${b.lag.p95.toFixed(0)} | |`,
  );
  console.log(
    `| rebuild one trust from ${b.rebuild.events.toLocaleString('en-GB')} events | ${b.rebuild.ms.toFixed(0)} total | | ${(b.rebuild.events / (b.rebuild.ms / 1000)).toFixed(0)} events/s |`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
