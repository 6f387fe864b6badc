import { MigrationInterface, QueryRunner } from 'typeorm';
import { directoryCopiesSql } from '@trustops/directory-copies';
import { kitTablesSql, systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'change_management';
const SCOPE = `coalesce(current_setting('app.school_ids', true), '') = ''`;
const SCOPE_IDS = `string_to_array(current_setting('app.school_ids', true), ',')::uuid[]`;

/** A school-scoped member sees rows of their schools only: one school, or any overlap of a list of schools. */
const schoolScope = (table: string, column: 'school_id' | 'school_ids') => [
  `CREATE POLICY ${table}_school_scope ON ${S}.${table} AS RESTRICTIVE TO ${S}_app
     USING (${SCOPE} OR ${column === 'school_id' ? `school_id = ANY (${SCOPE_IDS})` : `school_ids && ${SCOPE_IDS}`})`,
];

/** A REVIEWER (often from another organisation) sees only the incidents assigned to them, in SQL as well as in code. */
const REVIEWER_ONLY = `(coalesce(current_setting('app.role', true), '') <> 'REVIEWER' OR reviewer_id = nullif(current_setting('app.user_id', true), '')::uuid)`;
const OF_VISIBLE_INCIDENT = `EXISTS (SELECT 1 FROM ${S}.incident i WHERE i.id = incident_id)`;

export class ChangeManagementInitial1764800000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      ...directoryCopiesSql(S),
      ...systemPolicy(S, 'school_ref'), // the watcher lists trusts, then works each under its own RLS

      `CREATE TABLE ${S}.tech_request (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         school_id uuid NOT NULL, requester_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('APP','WEBSITE','DEVICE','CHANGE','OTHER')),
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), goal text NOT NULL CHECK (length(goal) BETWEEN 1 AND 5000),
         reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 5000), app_name text, vendor text,
         status text NOT NULL CHECK (status IN ('SUBMITTED','APPROVED','APPROVED_WITH_CONDITIONS','DECLINED','APPEALED')),
         decision text, decided_by uuid, decided_at timestamptz, decision_reason text, conditions text,
         risks text[] NOT NULL DEFAULT '{}', alternatives text[] NOT NULL DEFAULT '{}',
         appeal_note text, appealed_at timestamptz, appeal_decision text, appeal_decided_by uuid, appeal_decided_at timestamptz, appeal_decision_note text,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX tech_request_recent ON ${S}.tech_request (trust_id, created_at DESC)`,
      ...tenantTablePolicies(S, 'tech_request'),
      ...schoolScope('tech_request', 'school_id'),

      `CREATE TABLE ${S}.approved_app (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120), vendor text NOT NULL DEFAULT '', purpose text NOT NULL DEFAULT '',
         dpia_status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (dpia_status IN ('NOT_STARTED','IN_PROGRESS','APPROVED')),
         data_shared text NOT NULL DEFAULT '', school_ids uuid[], request_id uuid, created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE UNIQUE INDEX approved_app_name ON ${S}.approved_app (trust_id, lower(name))`,
      ...tenantTablePolicies(S, 'approved_app'),

      `CREATE TABLE ${S}.change_request (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), description text NOT NULL DEFAULT '',
         school_ids uuid[] NOT NULL CHECK (cardinality(school_ids) >= 1), classroom_impact boolean NOT NULL,
         risk text NOT NULL CHECK (risk IN ('LOW','MEDIUM','HIGH')), plan text NOT NULL DEFAULT '', backout_plan text NOT NULL DEFAULT '',
         proposed_start timestamptz, proposed_end timestamptz,
         status text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','REJECTED','SCHEDULED','DONE','FAILED','BACKED_OUT')),
         created_by uuid NOT NULL, decided_by uuid, decided_at timestamptz, decision_comment text,
         scheduled_start timestamptz, scheduled_end timestamptz, scheduled_by uuid, completed_at timestamptz, completed_by uuid,
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
         CHECK (scheduled_end IS NULL OR scheduled_end > scheduled_start))`,
      `CREATE INDEX change_request_window ON ${S}.change_request (trust_id, scheduled_start)`,
      `CREATE INDEX change_request_status ON ${S}.change_request (trust_id, status, created_at DESC)`,
      ...tenantTablePolicies(S, 'change_request'),
      ...schoolScope('change_request', 'school_ids'),

      `CREATE TABLE ${S}.change_consent (change_id uuid NOT NULL REFERENCES ${S}.change_request (id), school_id uuid NOT NULL, ${TRUST_ID_COLUMN},
         consented_by uuid NOT NULL, consented_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (change_id, school_id))`,
      ...tenantTablePolicies(S, 'change_consent'),

      `CREATE TABLE ${S}.incident (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), description text NOT NULL DEFAULT '',
         type text NOT NULL CHECK (type IN ('OUTAGE','SECURITY','DATA_BREACH','OTHER')),
         severity text NOT NULL CHECK (severity IN ('SEV1','SEV2','SEV3','SEV4')), school_ids uuid[] NOT NULL DEFAULT '{}',
         commander_id uuid, opened_by uuid NOT NULL,
         state text NOT NULL CHECK (state IN ('OPEN','MITIGATED','RESOLVED','REVIEWED')),
         aware_at timestamptz NOT NULL, ico_deadline timestamptz, ico_notified_at timestamptz, ico_alerted int NOT NULL DEFAULT 0,
         review_required boolean NOT NULL, reviewer_id uuid,
         linked_ticket_ids uuid[] NOT NULL DEFAULT '{}', linked_change_ids uuid[] NOT NULL DEFAULT '{}',
         opened_at timestamptz NOT NULL DEFAULT now(), mitigated_at timestamptz, resolved_at timestamptz, reviewed_at timestamptz)`,
      `CREATE INDEX incident_recent ON ${S}.incident (trust_id, opened_at DESC)`,
      `CREATE INDEX incident_ico_open ON ${S}.incident (trust_id, ico_deadline) WHERE ico_deadline IS NOT NULL AND ico_notified_at IS NULL`,
      ...tenantTablePolicies(S, 'incident'),
      ...schoolScope('incident', 'school_ids'),
      `CREATE POLICY incident_reviewer ON ${S}.incident AS RESTRICTIVE TO ${S}_app USING ${REVIEWER_ONLY}`,

      `CREATE TABLE ${S}.incident_entry (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         incident_id uuid NOT NULL REFERENCES ${S}.incident (id), author_id uuid NOT NULL,
         at timestamptz NOT NULL DEFAULT now(), body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000))`,
      `CREATE INDEX incident_entry_incident ON ${S}.incident_entry (trust_id, incident_id, at)`,
      ...tenantTablePolicies(S, 'incident_entry'),
      `CREATE POLICY incident_entry_visible ON ${S}.incident_entry AS RESTRICTIVE TO ${S}_app USING (${OF_VISIBLE_INCIDENT})`,

      `CREATE TABLE ${S}.review (incident_id uuid PRIMARY KEY REFERENCES ${S}.incident (id), ${TRUST_ID_COLUMN}, reviewer_id uuid NOT NULL,
         findings text NOT NULL CHECK (length(findings) BETWEEN 1 AND 50000), contributing_factors text[] NOT NULL DEFAULT '{}',
         published_at timestamptz NOT NULL DEFAULT now())`,
      ...tenantTablePolicies(S, 'review'),
      `CREATE POLICY review_visible ON ${S}.review AS RESTRICTIVE TO ${S}_app USING (${OF_VISIBLE_INCIDENT})`,

      `CREATE TABLE ${S}.review_action (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         incident_id uuid NOT NULL REFERENCES ${S}.incident (id), title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
         owner_id uuid NOT NULL, due_on date NOT NULL, status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE')),
         done_at timestamptz, overdue_alerted boolean NOT NULL DEFAULT false)`,
      `CREATE INDEX review_action_due ON ${S}.review_action (trust_id, due_on) WHERE status = 'OPEN'`,
      ...tenantTablePolicies(S, 'review_action'),
      `CREATE POLICY review_action_visible ON ${S}.review_action AS RESTRICTIVE TO ${S}_app USING (${OF_VISIBLE_INCIDENT})`,

      ...kitTablesSql(S),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'review_action',
      'review',
      'incident_entry',
      'incident',
      'change_consent',
      'change_request',
      'approved_app',
      'tech_request',
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
