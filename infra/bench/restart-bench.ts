/**
 * How long a killed service takes to be ready again: from spawn to /ready answering 200, on a running stack's
 * database with SEED_DEMO=true and SEED_HISTORY=true as `pnpm start` runs it, with the CPU it used and the log's
 * start-up marks. `node -r @swc-node/register infra/bench/restart-bench.ts [service] [runs]`
 * - EMBEDDED=true: everything on the embedded PGlite (`pnpm start` on a machine without PostgreSQL).
 * - LOAD=12: that many clients asking for schools and tickets through the gateway meanwhile.
 * - COMPARE=true: each run also starts the service the way the launcher used to (`-r @swc-node/register`).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appDir,
  freePort,
  GATEWAY,
  killHard,
  launch,
  runStack,
  spawnEmbeddedPostgres,
  SUBGRAPHS,
} from '@trustops/launcher';
import { adminUrl, createTestDatabase, gql, signIn } from '@trustops/testing';

const name = process.argv[2] ?? 'support-desk';
const runs = Number(process.argv[3] ?? 5);
const MARKS = /Starting Nest|ServiceKitModule dependencies|successfully started|demo data ready|listening/;

type Variant = 'launcher' | 'swc-node';

async function main() {
  const dir = process.env.EMBEDDED === 'true' ? mkdtempSync(join(tmpdir(), 'trustops-pglite-')) : undefined;
  const embedded = dir ? await spawnEmbeddedPostgres({ dataDir: dir, port: await freePort() }) : undefined;
  const admin = embedded?.adminUrl ?? adminUrl();
  const db = await createTestDatabase([], admin);
  const ports = Object.fromEntries(
    await Promise.all([...SUBGRAPHS.map((s) => s.name), GATEWAY.name].map(async (n) => [n, await freePort()] as const)),
  );
  const stack = await runStack({
    adminUrl: admin,
    databaseName: db.name,
    databaseUrl: db.url,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ports,
    seedDemo: true,
    maxConnections: embedded?.maxConnections,
    env: { LOG_LEVEL: 'warn', SEED_HISTORY: 'true' },
  });
  const load = Number(process.env.LOAD ?? 0) ? startLoad(stack.gatewayUrl, Number(process.env.LOAD)) : undefined;
  try {
    const running = stack.processes.find((p) => p.name === name)!;
    const env = { ...running.env, LOG_LEVEL: 'info' };
    if (load) await new Promise((r) => setTimeout(r, 2000));
    await killHard(running);
    const variants: Variant[] = process.env.COMPARE === 'true' ? ['launcher', 'swc-node'] : ['launcher'];
    const results = new Map<Variant, { ms: number; cpu: number }[]>(variants.map((v) => [v, []]));
    for (let i = 0; i < runs; i++) {
      for (const variant of i % 2 ? [...variants].reverse() : variants) {
        const result = await restartOnce(variant, env, ports[name]);
        results.get(variant)!.push(result);
        console.log(
          `run ${i + 1} (${variant}): ready after ${result.ms} ms, ${result.cpu.toFixed(2)} s of CPU\n${result.marks.join('\n')}`,
        );
      }
    }
    for (const [variant, list] of results) {
      const ms = list.map((r) => r.ms).sort((a, b) => a - b);
      const cpu = list.map((r) => r.cpu).sort((a, b) => a - b);
      const mid = Math.floor(list.length / 2);
      console.log(
        `${name} (${variant}): spawn to /ready 200 over ${list.length} runs: median ${ms[mid]} ms (min ${ms[0]}, max ${ms[ms.length - 1]}); CPU to ready: median ${cpu[mid].toFixed(2)} s`,
      );
    }
  } finally {
    await load?.stop();
    await stack.stop();
    await db.drop();
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function restartOnce(variant: Variant, env: Record<string, string>, port: number) {
  const started = Date.now();
  const child: ChildProcess =
    variant === 'launcher'
      ? launch(name, env).child
      : spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
          cwd: appDir(name),
          env: { ...process.env, ...env, SERVICE_NAME: name },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  const marks: string[] = [];
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    for (const line of chunk.toString().split('\n')) {
      const m = /"time":(\d+).*"msg":"([^"]*)"/.exec(line);
      if (m && MARKS.test(m[2])) marks.push(`${String(Number(m[1]) - started).padStart(6)} ms  ${m[2]}`);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  while (
    !(await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = { ms: Date.now() - started, cpu: cpuSeconds(child.pid!), marks };
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
  return result;
}

/** Clients asking for schools and tickets through the gateway, as people using the dashboard. */
function startLoad(gatewayUrl: string, clients: number) {
  let running = true;
  const loops = (async () => {
    const token = await signIn(gatewayUrl, 'director@northstar.example');
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        while (running)
          await gql(
            gatewayUrl,
            i % 2 ? '{ schools { id } }' : '{ tickets(first: 50) { totalCount } }',
            {},
            token,
          ).catch(() => undefined);
      }),
    );
  })();
  return {
    stop: async () => {
      running = false;
      await loops;
    },
  };
}

/** User + system CPU the process has used so far (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
