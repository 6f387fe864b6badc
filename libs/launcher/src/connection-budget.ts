import { SUBGRAPHS } from './services';

/** Connections a service holds besides its pool: the outbox relay's LISTEN. */
const OUTSIDE_POOL_PER_SERVICE = 1;
/** Kept free for the launcher's role setup and a script's or test's own admin connections. */
const ADMIN_RESERVE = 3;

/**
 * Each service's DB_POOL_SIZE when the stack shares a server that accepts at most `maxConnections` (the embedded
 * PGlite server, or a small managed PostgreSQL), so that every pool filled at once still fits.
 */
export function poolSizeFor(maxConnections: number, services = SUBGRAPHS.length): number {
  const size = Math.floor((maxConnections - ADMIN_RESERVE) / services) - OUTSIDE_POOL_PER_SERVICE;
  if (size < 1) {
    throw new Error(
      `A database that accepts ${maxConnections} connections is too small for ${services} services: it needs at least ${services * (1 + OUTSIDE_POOL_PER_SERVICE) + ADMIN_RESERVE}`,
    );
  }
  return size;
}
