import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { ClientMetadata } from 'oidc-provider';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

export type TestAccounts = Record<string, Record<string, unknown>>;

/**
 * A real OpenID provider (oidc-provider, OpenID Certified) in this process, for tests: one http server on
 * 127.0.0.1, any number of issuers mounted under paths (`/<tid>/v2.0` dressed as an Entra tenant, `/google` as
 * Google). Login and consent finish by themselves for the account named in `login_hint`, so a test (or a
 * browser) only follows redirects.
 */
export interface TestIdentityProviders {
  origin: string;
  /** Mounts an issuer at `${origin}${path}` whose ID tokens carry every claim of the account. */
  mount(path: string, o: { clients: ClientMetadata[]; accounts: TestAccounts }): string;
  /**
   * Until cleared (null), every ID token the token endpoint answers is re-signed with its payload passed through
   * `change`: an expired token, another audience or issuer, as a provider gone wrong (or an attacker) would send.
   */
  tamperIdTokens(change: ((payload: Record<string, unknown>) => Record<string, unknown>) | null): void;
  stop(): Promise<void>;
}

export async function startTestIdentityProviders(): Promise<TestIdentityProviders> {
  const mounts = new Map<string, Provider>();
  let tamper: ((payload: Record<string, unknown>) => Record<string, unknown>) | null = null;
  const server: Server = createServer((req, res) => {
    if (tamper && req.method === 'POST' && req.url!.split('?')[0].endsWith('/token')) rewriteIdToken(res, tamper);
    void route(req, res).catch((error: Error) => res.writeHead(500).end(String(error.stack ?? error)));
  });
  async function route(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) {
    const { pathname } = new URL(req.url!, 'http://x');
    const interaction = pathname.match(/^\/interaction\/([^/]+)\/[^/]+$/);
    if (interaction) return finishInteraction(mounts.get(decodeURIComponent(interaction[1]))!, req, res);
    for (const [prefix, provider] of mounts)
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
        // Mounted without a framework: oidc-provider finds its path as originalUrl minus url.
        req.originalUrl = req.url;
        req.url = req.url!.slice(prefix.length) || '/';
        return provider.callback()(req, res);
      }
    res.writeHead(404).end('not found');
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    mount(path, { clients, accounts }) {
      const claimNames = [...new Set(Object.values(accounts).flatMap((a) => Object.keys(a)))];
      const provider = new Provider(`${origin}${path}`, {
        clients,
        jwks: { keys: [signingKey as never] },
        cookies: { keys: ['test-cookie-key'] },
        claims: { openid: ['sub', ...claimNames] },
        // Every claim goes into the ID token (not only to userinfo).
        conformIdTokenClaims: false,
        pkce: { required: () => true },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, i) => `/interaction/${encodeURIComponent(path)}/${i.uid}` },
        async findAccount(_ctx, sub) {
          const claims = accounts[sub];
          return claims && { accountId: sub, claims: async () => ({ sub, ...claims }) };
        },
      });
      mounts.set(path, provider);
      return `${origin}${path}`;
    },
    tamperIdTokens(change) {
      tamper = change;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Holds the token endpoint's answer back, re-signs its ID token with a changed payload, then sends it. */
function rewriteIdToken(res: ServerResponse, change: (payload: Record<string, unknown>) => Record<string, unknown>) {
  const chunks: Buffer[] = [];
  const end = res.end.bind(res);
  res.write = ((chunk: Buffer | string) => chunks.push(Buffer.from(chunk)) > 0) as ServerResponse['write'];
  res.end = ((chunk?: Buffer | string) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id_token?: string };
    if (body.id_token) {
      const [header, payload] = body.id_token.split('.');
      const changed = change(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      const input = `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}`;
      body.id_token = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    }
    const out = Buffer.from(JSON.stringify(body));
    res.setHeader('content-length', out.length);
    return end(out);
  }) as ServerResponse['end'];
}

/** Login as the account the sign-in named (login_hint), then consent to everything asked. */
async function finishInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  const { prompt, params, session, grantId } = await provider.interactionDetails(req, res);
  if (prompt.name === 'login') {
    const accountId = String(params.login_hint ?? '');
    return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }
  const grant = grantId
    ? (await provider.Grant.find(grantId))!
    : new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
  const details = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  return provider.interactionFinished(
    req,
    res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

/**
 * A browser without a screen: follows redirects (keeping cookies) from `url` until one points at `until`, and
 * returns that URL.
 */
export async function followRedirects(url: string, until: string): Promise<URL> {
  const jar = new Map<string, string>();
  let current = url;
  for (let hop = 0; hop < 20; hop++) {
    if (current.startsWith(until)) return new URL(current);
    const res = await fetch(current, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) <= Date.now());
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`no redirect: HTTP ${res.status} at ${current}: ${await res.text()}`);
    current = new URL(location, current).href;
  }
  throw new Error('too many redirects');
}
