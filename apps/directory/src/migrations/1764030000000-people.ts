import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'directory';
const ROLE_CHECK = `role IN ('IT_DIRECTOR','TECHNICIAN','ENGINEER','EXECUTIVE','STAFF','GOVERNOR','REVIEWER')`;

/**
 * People the trust administers itself: a membership can be suspended (nobody is deleted: tickets, reviews and
 * audit keep naming them), and invitations wait for their link to be opened. Only the hash of an invitation's
 * token is stored; the system role finds it by that hash when the link is opened, before any trust is known.
 */
export class People1764030000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE ${S}.membership ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
         ADD COLUMN suspended_at timestamptz`,
      `CREATE INDEX membership_trust_role ON ${S}.membership (trust_id, role, status)`,
      `CREATE TABLE ${S}.invitation (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         email text NOT NULL, display_name text NOT NULL, role text NOT NULL CHECK (${ROLE_CHECK}),
         school_ids uuid[] CHECK (school_ids IS NULL OR cardinality(school_ids) > 0),
         educator_lead boolean NOT NULL DEFAULT false, token_hash text NOT NULL UNIQUE, invited_by uuid,
         created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL,
         accepted_at timestamptz, accepted_by uuid, revoked_at timestamptz)`,
      // One open invitation per address and trust: a second invite is a resend.
      `CREATE UNIQUE INDEX invitation_open_email ON ${S}.invitation (trust_id, lower(email))
         WHERE accepted_at IS NULL AND revoked_at IS NULL`,
      ...tenantTablePolicies(S, 'invitation'),
      ...systemPolicy(S, 'invitation', true),
      // Accepting an invitation creates the account in the trust's transaction, before its membership exists (so
      // before the account is visible there). Only the insert: reading an account still needs a membership.
      `CREATE POLICY app_user_join ON ${S}.app_user FOR INSERT TO ${S}_app WITH CHECK (true)`,
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP POLICY app_user_join ON ${S}.app_user`);
    await qr.query(`DROP TABLE ${S}.invitation`);
    await qr.query(`DROP INDEX ${S}.membership_trust_role`);
    await qr.query(`ALTER TABLE ${S}.membership DROP COLUMN status, DROP COLUMN suspended_at`);
  }
}
