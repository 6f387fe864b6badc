import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * Roster sync: a trust's sources of staff (a OneRoster CSV upload, or Wonde read with a token kept encrypted), the
 * previews a director reads before applying one, and the runs that applied them (by the director, or by the nightly
 * and weekly schedules; WAITING for the director when over 10% would go). A member remembers the source and MIS id that keep them in
 * step, whether their role was set by hand (a sync never changes it then), and when the MIS first stopped
 * listing them (they are suspended once the source's grace period has passed).
 */
export class Roster1765800000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.roster_source (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         kind text NOT NULL CHECK (kind IN ('ONEROSTER_CSV', 'WONDE')), label text NOT NULL,
         api_url text, token_sealed text, synced_at timestamptz, feed_url_sealed text, feed_url_host text,
         role_rules jsonb NOT NULL DEFAULT '[]', grace_days int NOT NULL DEFAULT 30 CHECK (grace_days BETWEEN 0 AND 365),
         enabled boolean NOT NULL DEFAULT true, feed jsonb, feed_name text, feed_at timestamptz, feed_by uuid,
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
      ...tenantTablePolicies(S, 'roster_source'),
      ...systemPolicy(S, 'roster_source'),
      `CREATE TABLE ${S}.roster_preview (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         source_id uuid NOT NULL REFERENCES ${S}.roster_source (id), made_by uuid, made_at timestamptz NOT NULL DEFAULT now(),
         diff jsonb NOT NULL, applied_run_id uuid)`,
      ...tenantTablePolicies(S, 'roster_preview'),
      `CREATE TABLE ${S}.roster_run (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         source_id uuid NOT NULL REFERENCES ${S}.roster_source (id), preview_id uuid REFERENCES ${S}.roster_preview (id),
         started_by uuid, trigger text NOT NULL DEFAULT 'DIRECTOR' CHECK (trigger IN ('DIRECTOR', 'NIGHTLY', 'WEEKLY')),
         status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'WAITING')),
         summary jsonb, error text, created_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz)`,
      `CREATE INDEX roster_run_recent ON ${S}.roster_run (trust_id, source_id, created_at DESC)`,
      ...tenantTablePolicies(S, 'roster_run'),
      `ALTER TABLE ${S}.membership ADD COLUMN roster_source_id uuid REFERENCES ${S}.roster_source (id),
         ADD COLUMN mis_id text, ADD COLUMN role_set_by_hand boolean NOT NULL DEFAULT false,
         ADD COLUMN mis_left_at timestamptz`,
      `CREATE UNIQUE INDEX membership_mis_id ON ${S}.membership (trust_id, roster_source_id, mis_id) WHERE mis_id IS NOT NULL`,
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP INDEX ${S}.membership_mis_id`);
    await qr.query(
      `ALTER TABLE ${S}.membership DROP COLUMN roster_source_id, DROP COLUMN mis_id, DROP COLUMN role_set_by_hand, DROP COLUMN mis_left_at`,
    );
    for (const table of ['roster_run', 'roster_preview', 'roster_source']) await qr.query(`DROP TABLE ${S}.${table}`);
  }
}
