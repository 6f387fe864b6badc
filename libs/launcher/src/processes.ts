import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { appDir } from './services';

export interface Launched {
  name: string;
  child: ChildProcess;
  output: () => string;
  /** What it was started with, so a fault test can start it again the same way. */
  env: Record<string, string>;
}

/** What compiles a service's TypeScript as it loads (swc, no build step): swc-register.js, not @swc-node/register (see there). */
const SWC_REGISTER = join(__dirname, 'swc-register.js');

/** Runs apps/<name>/src/main.ts with swc (no build step); keeps the last output for error messages. */
export function launch(name: string, env: Record<string, string>, options: { inherit?: boolean } = {}): Launched {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : []),
      '-r',
      SWC_REGISTER,
      'src/main.ts',
    ],
    {
      cwd: appDir(name),
      env: { ...process.env, ...env, SERVICE_NAME: name },
      stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    },
  );
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output: () => tail, env };
}

/** SIGKILL, as a crash would: no shutdown hooks, requests in flight cut. Resolves once the process is gone. */
export function killHard(launched: Launched): Promise<void> {
  return new Promise((resolve) => {
    if (launched.child.exitCode !== null || launched.child.signalCode) return resolve();
    launched.child.once('exit', () => resolve());
    launched.child.kill('SIGKILL');
  });
}

/** Waits until `url` answers 200, or fails with the process's own last words. */
export async function waitForReady(url: string, launched: Launched, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (launched.child.exitCode !== null)
      throw new Error(`${launched.name} exited (${launched.child.exitCode}):\n${launched.output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${launched.name} not ready at ${url} after ${timeoutMs} ms:\n${launched.output()}`);
}

export async function stopAll(processes: Launched[]): Promise<void> {
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The dashboard: Vite's server for apps/web, proxying /graphql to the gateway. */
export function launchWeb(gatewayUrl: string, port: number, options: { quiet?: boolean } = {}): Launched {
  const vite = join(dirname(require.resolve('vite/package.json', { paths: [appDir('web')] })), 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: appDir('web'),
    env: { ...process.env, GATEWAY_URL: gatewayUrl },
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name: 'web', child, output: () => tail, env: { GATEWAY_URL: gatewayUrl } };
}
