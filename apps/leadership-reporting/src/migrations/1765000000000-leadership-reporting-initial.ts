import { MigrationInterface, QueryRunner } from 'typeorm';
import { directoryCopiesSql } from '@trustops/directory-copies';
import { kitTablesSql, systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'leadership_reporting';

/**
 * Rollups kept from the other services' events: per school and day (counters), and the current state of each
 * ticket, incident, change, initiative and standard assessment the board needs. Nothing here is a source of truth:
 * `pnpm rebuild-reporting` builds it again from the events.
 */
export class LeadershipReportingInitial1765000000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      ...directoryCopiesSql(S),
      `CREATE TABLE ${S}.trust_ref (trust_id uuid PRIMARY KEY DEFAULT current_setting('app.trust_id')::uuid, name text NOT NULL)`,
      ...tenantTablePolicies(S, 'trust_ref'),
      `CREATE TABLE ${S}.school_day (${TRUST_ID_COLUMN}, school_id uuid NOT NULL, day date NOT NULL,
         tickets_opened int NOT NULL DEFAULT 0, enablement_opened int NOT NULL DEFAULT 0, tickets_resolved int NOT NULL DEFAULT 0,
         sla_met int NOT NULL DEFAULT 0, sla_breached int NOT NULL DEFAULT 0, csat_sum int NOT NULL DEFAULT 0, csat_count int NOT NULL DEFAULT 0,
         changes_done int NOT NULL DEFAULT 0, changes_failed int NOT NULL DEFAULT 0, PRIMARY KEY (trust_id, school_id, day))`,
      ...tenantTablePolicies(S, 'school_day'),
      `CREATE TABLE ${S}.ticket_state (${TRUST_ID_COLUMN}, ticket_id uuid NOT NULL, school_id uuid NOT NULL, kind text NOT NULL, priority text NOT NULL,
         status text NOT NULL, raised_at timestamptz NOT NULL, first_response_due_at timestamptz NOT NULL, resolution_due_at timestamptz NOT NULL,
         first_response_minutes numeric, resolved_at timestamptz, resolved_met boolean, PRIMARY KEY (trust_id, ticket_id))`,
      `CREATE INDEX ticket_state_raised ON ${S}.ticket_state (trust_id, raised_at) INCLUDE (school_id, first_response_minutes)`,
      ...tenantTablePolicies(S, 'ticket_state'),
      // Open tickets per school as a counter the fold keeps: the board reads 60 rows, not every open ticket.
      `CREATE TABLE ${S}.school_backlog (${TRUST_ID_COLUMN}, school_id uuid NOT NULL, open int NOT NULL DEFAULT 0, PRIMARY KEY (trust_id, school_id))`,
      ...tenantTablePolicies(S, 'school_backlog'),
      `CREATE TABLE ${S}.incident_state (${TRUST_ID_COLUMN}, incident_id uuid NOT NULL, title text NOT NULL DEFAULT '', review_findings text, school_ids uuid[] NOT NULL, type text NOT NULL, severity text NOT NULL,
         state text NOT NULL, ico_deadline timestamptz, ico_warned int NOT NULL DEFAULT 0, opened_at timestamptz NOT NULL, PRIMARY KEY (trust_id, incident_id))`,
      ...tenantTablePolicies(S, 'incident_state'),
      `CREATE TABLE ${S}.change_state (${TRUST_ID_COLUMN}, change_id uuid NOT NULL, title text NOT NULL DEFAULT '', school_ids uuid[] NOT NULL, status text NOT NULL,
         scheduled_start timestamptz, PRIMARY KEY (trust_id, change_id))`,
      ...tenantTablePolicies(S, 'change_state'),
      `CREATE TABLE ${S}.initiative_state (${TRUST_ID_COLUMN}, initiative_id uuid NOT NULL, title text NOT NULL DEFAULT '', horizon text NOT NULL DEFAULT 'NEXT', school_ids uuid[] NOT NULL, status text NOT NULL, rag text NOT NULL,
         PRIMARY KEY (trust_id, initiative_id))`,
      ...tenantTablePolicies(S, 'initiative_state'),
      `CREATE TABLE ${S}.standard_state (${TRUST_ID_COLUMN}, school_id uuid NOT NULL, standard_id uuid NOT NULL, code text NOT NULL DEFAULT '', level text NOT NULL,
         PRIMARY KEY (trust_id, school_id, standard_id))`,
      ...tenantTablePolicies(S, 'standard_state'),
      `CREATE TABLE ${S}.report_schedule (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         cadence text NOT NULL CHECK (cadence IN ('WEEKLY','MONTHLY')), recipients text[] NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 20),
         next_run_at timestamptz NOT NULL, created_by uuid NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), last_sent_at timestamptz)`,
      `CREATE INDEX report_schedule_due ON ${S}.report_schedule (trust_id, next_run_at)`,
      ...tenantTablePolicies(S, 'report_schedule'),
      `CREATE TABLE ${S}.report_delivery (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN}, schedule_id uuid NOT NULL REFERENCES ${S}.report_schedule (id) ON DELETE CASCADE,
         sent_at timestamptz NOT NULL DEFAULT now(), recipients text[] NOT NULL, range_from date NOT NULL, range_to date NOT NULL, message_id text, error text)`,
      ...tenantTablePolicies(S, 'report_delivery'),
      ...systemPolicy(S, 'school_ref'), // the schedule job lists trusts, then works each under its own RLS
      ...kitTablesSql(S),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'report_delivery',
      'report_schedule',
      'standard_state',
      'initiative_state',
      'change_state',
      'incident_state',
      'school_backlog',
      'ticket_state',
      'school_day',
      'trust_ref',
      'member_ref',
      'calendar_ref',
      'school_ref',
      'audit_log',
      'processed_event',
      'outbox',
    ]) {
      await qr.query(`DROP TABLE IF EXISTS ${S}.${table} CASCADE`);
    }
    await qr.query(`DROP FUNCTION IF EXISTS ${S}.outbox_notify()`);
  }
}
