/**
 * Each service has three roles (ARCHITECTURE.md, Database):
 *  - `<schema>`        LOGIN, owns the schema and runs migrations; FORCE RLS means it sees no tenant rows either.
 *  - `<schema>_app`    what every request runs as (SET LOCAL ROLE), limited by the trust policies.
 *  - `<schema>_system` cross-trust work that has no trust yet: the outbox relay and sign-in look-ups,
 *                      each allowed by an explicit policy on the few tables it needs.
 */
export const serviceRoles = (schema: string) => ({ owner: schema, app: `${schema}_app`, system: `${schema}_system` });

export const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertIdentifier(name: string): string {
  if (!SAFE_IDENTIFIER.test(name)) throw new Error(`"${name}" is not a safe SQL identifier`);
  return name;
}
