import { assertIdentifier } from '@trustops/service-kit';
import { tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

/**
 * The tables a service keeps of directory's data: schools, calendar events and members (role, school scope,
 * educator lead). Read-only copies under the same RLS as the service's own rows, fed by directory's events.
 */
export function directoryCopiesSql(schema: string): string[] {
  const s = assertIdentifier(schema);
  return [
    `CREATE TABLE ${s}.school_ref (id uuid PRIMARY KEY, ${TRUST_ID_COLUMN}, name text NOT NULL, phase text NOT NULL)`,
    ...tenantTablePolicies(s, 'school_ref'),
    `CREATE TABLE ${s}.calendar_ref (id uuid PRIMARY KEY, ${TRUST_ID_COLUMN}, school_id uuid, kind text NOT NULL, title text NOT NULL,
       starts_on date NOT NULL, ends_on date NOT NULL)`,
    `CREATE INDEX calendar_ref_school ON ${s}.calendar_ref (trust_id, school_id)`,
    ...tenantTablePolicies(s, 'calendar_ref'),
    `CREATE TABLE ${s}.member_ref (${TRUST_ID_COLUMN}, user_id uuid NOT NULL, display_name text NOT NULL, role text NOT NULL,
       school_ids uuid[], educator_lead boolean NOT NULL DEFAULT false, PRIMARY KEY (trust_id, user_id))`,
    ...tenantTablePolicies(s, 'member_ref'),
  ];
}

/**
 * A closed school keeps its copy (tickets, changes and rollups still name it) and says since when: services stop
 * offering it for new work. Each service adds the column to its own copy in a migration of its own.
 */
export function schoolRefClosedAtSql(schema: string): string[] {
  return [`ALTER TABLE ${assertIdentifier(schema)}.school_ref ADD COLUMN closed_at timestamptz`];
}

/**
 * A member copy says whether the membership is ACTIVE or SUSPENDED (membership.changed): a suspended member keeps
 * their name on what they did, but is offered for no new work. Each service adds it in a migration of its own.
 */
export function memberRefStatusSql(schema: string): string[] {
  return [
    `ALTER TABLE ${assertIdentifier(schema)}.member_ref ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE'
       CHECK (status IN ('ACTIVE', 'SUSPENDED'))`,
  ];
}

export function dropMemberRefStatusSql(schema: string): string[] {
  return [`ALTER TABLE ${assertIdentifier(schema)}.member_ref DROP COLUMN status`];
}

/**
 * A member copy says from when that member's tokens count (membership.changed): signing out everywhere or a new
 * password refuses every token issued before it, in every service, as soon as the event arrives.
 */
export function memberRefTokensSql(schema: string): string[] {
  return [`ALTER TABLE ${assertIdentifier(schema)}.member_ref ADD COLUMN tokens_valid_from timestamptz`];
}

export function dropMemberRefTokensSql(schema: string): string[] {
  return [`ALTER TABLE ${assertIdentifier(schema)}.member_ref DROP COLUMN tokens_valid_from`];
}

/**
 * A member copy holds the member's email (notifications go to it) and the time of the directory change it
 * shows: an event older than that (a redelivery, or the demo seed on a later start) changes nothing.
 */
export function memberRefEmailSql(schema: string): string[] {
  const s = assertIdentifier(schema);
  return [
    `ALTER TABLE ${s}.member_ref ADD COLUMN email text`,
    `ALTER TABLE ${s}.member_ref ADD COLUMN as_of timestamptz NOT NULL DEFAULT '-infinity'`,
  ];
}

export function dropMemberRefEmailSql(schema: string): string[] {
  const s = assertIdentifier(schema);
  return [`ALTER TABLE ${s}.member_ref DROP COLUMN email`, `ALTER TABLE ${s}.member_ref DROP COLUMN as_of`];
}

export function dropSchoolRefClosedAtSql(schema: string): string[] {
  return [`ALTER TABLE ${assertIdentifier(schema)}.school_ref DROP COLUMN closed_at`];
}
