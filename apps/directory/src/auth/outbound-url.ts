import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { badInput } from '@trustops/service-kit';

/** IPv4 loopback, private, link-local and carrier-grade NAT ranges, and IPv6 literals (a server has a name). */
const PRIVATE_ADDRESS =
  /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|0\.|\[)/;

/**
 * An address TrustOps may fetch from for a trust (an identity provider, a roster file): https, or http on this
 * machine outside production (a test server); in production never a private or loopback address.
 */
export function checkOutboundUrl(value: string, production: boolean, field: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(String(value ?? '').trim());
  } catch {
    throw badInput(`The ${what} must be a URL, like https://example.org/…`, { field });
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:' && !production))
    throw badInput(`The ${what} must be an https URL`, { field });
  if (production && (local || PRIVATE_ADDRESS.test(url.hostname)))
    throw badInput(`The ${what} must be a public address`, { field });
  return url;
}

/** Loopback, private, link-local, unique-local, multicast and reserved addresses, IPv4 and IPv6. */
const PRIVATE_IP =
  /^(0\.|10\.|127\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|192\.0\.0\.|198\.1[89]\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|2(2[4-9]|[3-5]\d)\.|::1$|::$|f[cd]|fe[89ab]|ff|::ffff:(0|10|127|169\.254|172\.(1[6-9]|2\d|3[01])|192\.168)\.)/i;

/**
 * In production, the addresses a name resolves to right before it is fetched: a public name that points inside
 * (10.x, 169.254.169.254, …) is refused as the literal would be. (A name that changes between this lookup and the
 * connection is not caught: a connection-level check would be; noted.)
 */
export async function checkResolved(url: URL, production: boolean, refuse: () => Error): Promise<void> {
  if (!production) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (!addresses.length || addresses.some((a) => PRIVATE_IP.test(a))) throw refuse();
}
