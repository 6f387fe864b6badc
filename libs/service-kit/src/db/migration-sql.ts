import { assertIdentifier, serviceRoles } from './roles';

/**
 * SQL helpers for migrations, so every tenant table gets the same row-level security and nobody forgets FORCE.
 * `trust_id` defaults to the transaction's trust, so code never passes it (STYLE.md, Tenancy).
 */
export const TRUST_ID_COLUMN = `trust_id uuid NOT NULL DEFAULT current_setting('app.trust_id')::uuid`;

/**
 * Explicit grants (besides the schema's default privileges): embedded PGlite ignores the login user, so there
 * the tables belong to its superuser and only explicit grants reach the _app role.
 */
export function grantToApp(schema: string, table: string): string {
  return `GRANT SELECT, INSERT, UPDATE, DELETE ON ${assertIdentifier(schema)}.${assertIdentifier(table)} TO ${serviceRoles(schema).app}`;
}

export function tenantTablePolicies(schema: string, table: string): string[] {
  const t = `${assertIdentifier(schema)}.${assertIdentifier(table)}`;
  const { app } = serviceRoles(schema);
  return [
    grantToApp(schema, table),
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_trust ON ${t} TO ${app}
       USING (trust_id = nullif(current_setting('app.trust_id', true), '')::uuid)
       WITH CHECK (trust_id = nullif(current_setting('app.trust_id', true), '')::uuid)`,
  ];
}

/** Lets the system role read (or, with `write`, change) every trust's rows of one table. */
export function systemPolicy(schema: string, table: string, write = false): string[] {
  const t = `${assertIdentifier(schema)}.${assertIdentifier(table)}`;
  const { system } = serviceRoles(schema);
  const rule = write ? `FOR ALL TO ${system} USING (true) WITH CHECK (true)` : `FOR SELECT TO ${system} USING (true)`;
  return [
    `GRANT ${write ? 'SELECT, INSERT, UPDATE, DELETE' : 'SELECT'} ON ${t} TO ${system}`,
    `CREATE POLICY ${table}_system ON ${t} ${rule}`,
  ];
}

/**
 * A table no request of a trust reaches (an account's secrets: password resets, sessions, authenticator apps):
 * RLS on and forced, and only the system role may read and write it.
 */
export function systemOnlyTableSql(schema: string, table: string): string[] {
  const t = `${assertIdentifier(schema)}.${assertIdentifier(table)}`;
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`,
    ...systemPolicy(schema, table, true),
  ];
}

/** The tables every service has: the transactional outbox, processed events (idempotent consumers) and the audit log. */
export function kitTablesSql(schema: string): string[] {
  const s = assertIdentifier(schema);
  return [
    `CREATE TABLE ${s}.outbox (
       seq bigserial PRIMARY KEY,
       id uuid NOT NULL UNIQUE,
       ${TRUST_ID_COLUMN},
       type text NOT NULL,
       payload jsonb NOT NULL,
       actor_id uuid,
       occurred_at timestamptz NOT NULL DEFAULT now(),
       published_at timestamptz)`,
    `CREATE INDEX outbox_unpublished ON ${s}.outbox (seq) WHERE published_at IS NULL`,
    ...tenantTablePolicies(s, 'outbox'),
    ...systemPolicy(s, 'outbox', true),
    `CREATE FUNCTION ${s}.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${s}_outbox', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox FOR EACH STATEMENT EXECUTE FUNCTION ${s}.outbox_notify()`,
    `CREATE TABLE ${s}.processed_event (
       consumer text NOT NULL,
       event_id uuid NOT NULL,
       ${TRUST_ID_COLUMN},
       processed_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (consumer, event_id))`,
    ...tenantTablePolicies(s, 'processed_event'),
    `CREATE TABLE ${s}.audit_log (
       id bigserial PRIMARY KEY,
       ${TRUST_ID_COLUMN},
       actor_id uuid,
       actor_role text,
       entity text NOT NULL,
       entity_id text NOT NULL,
       action text NOT NULL,
       before jsonb,
       after jsonb,
       request_id text,
       at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX audit_log_trust_id ON ${s}.audit_log (trust_id, id DESC)`,
    ...tenantTablePolicies(s, 'audit_log'),
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${serviceRoles(s).app}, ${serviceRoles(s).system}`,
    // The audit trail is append-only for the code that writes it.
    `REVOKE UPDATE, DELETE ON ${s}.audit_log FROM ${serviceRoles(s).app}`,
  ];
}
