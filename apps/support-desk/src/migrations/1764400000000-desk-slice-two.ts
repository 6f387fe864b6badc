import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';
import { schoolScope } from './school-scope';

const S = 'support_desk';

/**
 * SLA targets per trust (kept on each ticket as raised), SLA alerts found by the watcher, routing rules,
 * copies of directory's memberships, knowledge articles, assets and attachments.
 */
export class DeskSliceTwo1764400000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE ${S}.ticket ADD COLUMN first_response_target int, ADD COLUMN resolution_target int,
         ADD COLUMN first_response_alerted text CHECK (first_response_alerted IN ('WARNING','BREACHED')),
         ADD COLUMN resolution_alerted text CHECK (resolution_alerted IN ('WARNING','BREACHED')),
         ADD COLUMN next_alert_at timestamptz, ADD COLUMN team text, ADD COLUMN asset_id uuid`,
      // Existing rows get the default targets of their priority; the owner lifts FORCE for this one backfill.
      `ALTER TABLE ${S}.ticket NO FORCE ROW LEVEL SECURITY`,
      `UPDATE ${S}.ticket SET
         first_response_target = CASE priority WHEN 'P1' THEN 15 WHEN 'P2' THEN 60 WHEN 'P3' THEN 240 ELSE 480 END,
         resolution_target = CASE priority WHEN 'P1' THEN 240 WHEN 'P2' THEN 480 WHEN 'P3' THEN 1080 ELSE 2700 END`,
      `ALTER TABLE ${S}.ticket FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE ${S}.ticket ALTER COLUMN first_response_target SET NOT NULL, ALTER COLUMN resolution_target SET NOT NULL`,
      `CREATE INDEX ticket_next_alert ON ${S}.ticket (trust_id, next_alert_at) WHERE next_alert_at IS NOT NULL`,
      `CREATE INDEX audit_log_entity ON ${S}.audit_log (trust_id, entity, entity_id)`,
      `CREATE INDEX ticket_children ON ${S}.ticket (trust_id, parent_id) WHERE parent_id IS NOT NULL`,
      // The SLA watcher lists trusts as the system role, then works each trust under its own RLS.
      ...systemPolicy(S, 'trust_ref'),

      `CREATE TABLE ${S}.sla_target (${TRUST_ID_COLUMN}, priority text NOT NULL CHECK (priority IN ('P1','P2','P3','P4')),
         first_response_minutes int NOT NULL CHECK (first_response_minutes > 0),
         resolution_minutes int NOT NULL CHECK (resolution_minutes >= first_response_minutes),
         PRIMARY KEY (trust_id, priority))`,
      ...tenantTablePolicies(S, 'sla_target'),

      `CREATE TABLE ${S}.member_ref (${TRUST_ID_COLUMN}, user_id uuid NOT NULL, display_name text NOT NULL, role text NOT NULL,
         school_ids uuid[], PRIMARY KEY (trust_id, user_id))`,
      ...tenantTablePolicies(S, 'member_ref'),

      `CREATE TABLE ${S}.routing_rule (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         school_id uuid, category text, team text, assignee_id uuid, created_at timestamptz NOT NULL DEFAULT now(),
         CHECK (team IS NOT NULL OR assignee_id IS NOT NULL),
         UNIQUE NULLS NOT DISTINCT (trust_id, school_id, category))`,
      ...tenantTablePolicies(S, 'routing_rule'),

      `CREATE TABLE ${S}.article (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
         category text, phase text, author_id uuid NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
         search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED)`,
      `CREATE INDEX article_search ON ${S}.article USING gin (search)`,
      ...tenantTablePolicies(S, 'article'),

      `CREATE TABLE ${S}.asset (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN}, school_id uuid NOT NULL,
         tag text NOT NULL CHECK (length(tag) BETWEEN 1 AND 40), type text NOT NULL, model text, assigned_user_id uuid,
         created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (trust_id, tag))`,
      `CREATE INDEX asset_school ON ${S}.asset (trust_id, school_id, tag)`,
      ...tenantTablePolicies(S, 'asset'),
      ...schoolScope(S, 'asset'),

      `CREATE TABLE ${S}.attachment (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         ticket_id uuid NOT NULL REFERENCES ${S}.ticket (id), school_id uuid NOT NULL, file_name text NOT NULL,
         content_type text NOT NULL, size_bytes int NOT NULL, sha256 text NOT NULL, uploaded_by uuid NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX attachment_ticket ON ${S}.attachment (trust_id, ticket_id)`,
      ...tenantTablePolicies(S, 'attachment'),
      ...schoolScope(S, 'attachment'),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['attachment', 'asset', 'article', 'routing_rule', 'member_ref', 'sla_target'])
      await qr.query(`DROP TABLE ${S}.${table}`);
    await qr.query(`DROP POLICY trust_ref_system ON ${S}.trust_ref`);
    await qr.query(`ALTER TABLE ${S}.ticket DROP COLUMN first_response_target, DROP COLUMN resolution_target, DROP COLUMN first_response_alerted,
      DROP COLUMN resolution_alerted, DROP COLUMN next_alert_at, DROP COLUMN team, DROP COLUMN asset_id`);
  }
}
