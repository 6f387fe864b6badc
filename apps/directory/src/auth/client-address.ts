import { isIP } from 'node:net';

export interface HttpContext {
  req: { ip?: string; headers: Record<string, string | string[] | undefined> };
}

/** The gateway forwards the client's address; a direct call uses the socket's. */
export function clientAddress({ req }: HttpContext): string {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.ip || 'unknown';
}

/**
 * The client address as the sign-in limits count it. An IPv6 client is grouped by its /64: one home or school
 * network is given a whole /64, so counting single addresses would let a script take a fresh address for every
 * attempt. An IPv4 address stays whole, including one written as IPv4-mapped IPv6 (`::ffff:1.2.3.4`, as a
 * dual-stack socket reports it), so both spellings of one client count together. Anything that is not an IP
 * address (`unknown`) is returned as given.
 */
export function clientAddressGroup(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '')
    .toLowerCase();
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version !== 6) return address;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a trailing dotted quad split in two. */
function ipv6Groups(address: string): number[] {
  const parse = (part: string) =>
    (part ? part.split(':') : []).flatMap((group) => {
      if (!group.includes('.')) return [parseInt(group, 16)];
      const [a, b, c, d] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  const [head, tail] = address.split('::');
  if (tail === undefined) return parse(head);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
