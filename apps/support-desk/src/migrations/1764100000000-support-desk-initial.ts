import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, kitTablesSql, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';
import { schoolScope } from './school-scope';

const S = 'support_desk';

/**
 * Tickets and replies, plus read-only copies of what the desk needs from directory (trust code, schools,
 * calendars) so that SLA clocks are computed locally in the same transaction as the write.
 */
export class SupportDeskInitial1764100000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.trust_ref (trust_id uuid PRIMARY KEY DEFAULT current_setting('app.trust_id')::uuid, code text NOT NULL, next_ticket int NOT NULL DEFAULT 1000)`,
      ...tenantTablePolicies(S, 'trust_ref'),
      `CREATE TABLE ${S}.school_ref (id uuid PRIMARY KEY, ${TRUST_ID_COLUMN}, name text NOT NULL, phase text NOT NULL)`,
      ...tenantTablePolicies(S, 'school_ref'),
      `CREATE TABLE ${S}.calendar_ref (id uuid PRIMARY KEY, ${TRUST_ID_COLUMN}, school_id uuid, kind text NOT NULL, title text NOT NULL,
         starts_on date NOT NULL, ends_on date NOT NULL)`,
      `CREATE INDEX calendar_ref_school ON ${S}.calendar_ref (trust_id, school_id)`,
      ...tenantTablePolicies(S, 'calendar_ref'),

      `CREATE TABLE ${S}.ticket (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         number text NOT NULL, school_id uuid NOT NULL, requester_id uuid NOT NULL, assignee_id uuid,
         kind text NOT NULL CHECK (kind IN ('FAULT','SERVICE_REQUEST','HOW_TO','ENABLEMENT')),
         category text NOT NULL, impact text NOT NULL, urgency text NOT NULL,
         priority text NOT NULL CHECK (priority IN ('P1','P2','P3','P4')),
         status text NOT NULL CHECK (status IN ('NEW','OPEN','WAITING','RESOLVED','CLOSED')),
         subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200), description text NOT NULL CHECK (length(description) <= 20000),
         tags text[] NOT NULL DEFAULT '{}', parent_id uuid REFERENCES ${S}.ticket (id),
         raised_in_exam_window boolean NOT NULL DEFAULT false,
         first_response_due_at timestamptz NOT NULL, first_response_warning_at timestamptz NOT NULL, first_responded_at timestamptz,
         resolution_due_at timestamptz NOT NULL, resolution_warning_at timestamptz NOT NULL,
         sla_consumed_minutes numeric NOT NULL DEFAULT 0, sla_clock_started_at timestamptz,
         resolved_at timestamptz, closed_at timestamptz,
         csat_score int CHECK (csat_score BETWEEN 1 AND 5), csat_comment text,
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
         search tsvector GENERATED ALWAYS AS (to_tsvector('english', subject || ' ' || description)) STORED,
         UNIQUE (trust_id, number))`,
      // The queue (PERF-NOTES): a date-ordered partial index over open tickets stops after one page; the
      // school-first one serves the count. Both lead with trust_id, which RLS turns into an index condition.
      `CREATE INDEX ticket_open_by_due ON ${S}.ticket (trust_id, resolution_due_at, school_id) WHERE status IN ('NEW','OPEN','WAITING')`,
      `CREATE INDEX ticket_open_by_school ON ${S}.ticket (trust_id, school_id, resolution_due_at) WHERE status IN ('NEW','OPEN','WAITING')`,
      `CREATE INDEX ticket_by_requester ON ${S}.ticket (trust_id, requester_id, created_at DESC)`,
      `CREATE INDEX ticket_by_created ON ${S}.ticket (trust_id, created_at DESC)`,
      `CREATE INDEX ticket_search ON ${S}.ticket USING gin (search)`,
      ...tenantTablePolicies(S, 'ticket'),
      ...schoolScope(S, 'ticket'),

      `CREATE TABLE ${S}.ticket_reply (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         ticket_id uuid NOT NULL REFERENCES ${S}.ticket (id), school_id uuid NOT NULL, author_id uuid NOT NULL,
         body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000), internal boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX ticket_reply_ticket ON ${S}.ticket_reply (trust_id, ticket_id, created_at)`,
      ...tenantTablePolicies(S, 'ticket_reply'),
      ...schoolScope(S, 'ticket_reply'),
      grantToApp(S, 'trust_ref'),
      ...kitTablesSql(S),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'ticket_reply',
      'ticket',
      'calendar_ref',
      'school_ref',
      'trust_ref',
      'audit_log',
      'processed_event',
      'outbox',
    ]) {
      await qr.query(`DROP TABLE IF EXISTS ${S}.${table} CASCADE`);
    }
    await qr.query(`DROP FUNCTION IF EXISTS ${S}.outbox_notify()`);
  }
}
