import { freePort, launchWeb, stopAll, waitForReady } from '@trustops/launcher';

/** The dashboard as a real Vite server on a free port, proxying /graphql to `gatewayUrl`. */
export async function startWeb({
  gatewayUrl,
  port: chosen,
}: {
  gatewayUrl: string;
  /** A port chosen beforehand (the stack's PUBLIC_URL names it); a free one otherwise. */
  port?: number;
}): Promise<{ url: string; close(): Promise<void> }> {
  const port = chosen ?? (await freePort());
  const web = launchWeb(gatewayUrl.replace(/\/graphql$/, ''), port, { quiet: true });
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(url, web);
  return { url, close: () => stopAll([web]) };
}
