/**
 * `pnpm bench`: starts the stack on a scratch database and prints latency figures as a table. Services that
 * own a benchmark of their own (the ticket queue at 1M rows, the board) add their rows here.
 */
import { gql, signIn, startStack } from '@trustops/testing';
import { measure } from './stats';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);

async function main() {
  const stack = await startStack({ env: { LOG_LEVEL: 'warn' } });
  try {
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
    for (const [name, r] of rows) console.log(`| ${name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.perSecond.toFixed(0)} |`);
    console.log(`| gateway overhead (p50) | ${(viaGateway.p50 - direct.p50).toFixed(2)} | | |`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
