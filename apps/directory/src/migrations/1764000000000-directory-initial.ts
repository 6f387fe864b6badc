import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  grantToApp,
  kitTablesSql,
  systemPolicy,
  tenantTablePolicies,
  TRUST_ID_COLUMN,
} from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * Trusts, schools, sites, users, memberships and calendars. Users belong to no single trust (an MSP
 * technician has several), so a user row is visible only through a membership of the caller's trust.
 */
export class DirectoryInitial1764000000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.trust (id uuid PRIMARY KEY, code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{2,6}$'), name text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
      grantToApp(S, 'trust'),
      `ALTER TABLE ${S}.trust ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE ${S}.trust FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY trust_self ON ${S}.trust TO ${S}_app USING (id = nullif(current_setting('app.trust_id', true), '')::uuid)`,
      ...systemPolicy(S, 'trust', true),

      `CREATE TABLE ${S}.school (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120), urn text NOT NULL CHECK (urn ~ '^[0-9]{6}$'),
         phase text NOT NULL CHECK (phase IN ('PRIMARY', 'SECONDARY', 'SPECIAL', 'ALL_THROUGH')),
         local_authority text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (trust_id, urn))`,
      `CREATE INDEX school_trust ON ${S}.school (trust_id, name)`,
      ...tenantTablePolicies(S, 'school'),

      `CREATE TABLE ${S}.site (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         school_id uuid NOT NULL REFERENCES ${S}.school (id) ON DELETE CASCADE, name text NOT NULL)`,
      `CREATE INDEX site_school ON ${S}.site (trust_id, school_id)`,
      ...tenantTablePolicies(S, 'site'),

      `CREATE TABLE ${S}.app_user (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text NOT NULL,
         display_name text NOT NULL, password_hash text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE UNIQUE INDEX app_user_email ON ${S}.app_user (lower(email))`,

      `CREATE TABLE ${S}.membership (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         user_id uuid NOT NULL REFERENCES ${S}.app_user (id),
         role text NOT NULL CHECK (role IN ('IT_DIRECTOR','TECHNICIAN','ENGINEER','EXECUTIVE','STAFF','GOVERNOR','REVIEWER')),
         school_ids uuid[], educator_lead boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (trust_id, user_id))`,
      `CREATE INDEX membership_user ON ${S}.membership (user_id)`,
      ...tenantTablePolicies(S, 'membership'),
      ...systemPolicy(S, 'membership', true),

      grantToApp(S, 'app_user'),
      `ALTER TABLE ${S}.app_user ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE ${S}.app_user FORCE ROW LEVEL SECURITY`,
      // A user is visible to a trust only while they hold a membership in it (membership is itself RLS-filtered).
      `CREATE POLICY app_user_member ON ${S}.app_user TO ${S}_app
         USING (EXISTS (SELECT 1 FROM ${S}.membership m WHERE m.user_id = app_user.id))`,
      ...systemPolicy(S, 'app_user', true),

      `CREATE TABLE ${S}.calendar_event (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         school_id uuid REFERENCES ${S}.school (id) ON DELETE CASCADE,
         kind text NOT NULL CHECK (kind IN ('TERM','HALF_TERM','INSET','BANK_HOLIDAY','EXAM_WINDOW','CLOSURE','FREEZE')),
         title text NOT NULL, starts_on date NOT NULL, ends_on date NOT NULL, CHECK (ends_on >= starts_on))`,
      `CREATE INDEX calendar_event_school ON ${S}.calendar_event (trust_id, school_id, starts_on)`,
      ...tenantTablePolicies(S, 'calendar_event'),

      // Signing keys are the service's own secret: no app or system role may read them.
      `CREATE TABLE ${S}.signing_key (kid text PRIMARY KEY, private_jwk jsonb NOT NULL, public_jwk jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(), retired_at timestamptz)`,
      ...kitTablesSql(S),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'processed_event',
      'outbox',
      'signing_key',
      'calendar_event',
      'membership',
      'app_user',
      'site',
      'school',
      'trust',
    ]) {
      await qr.query(`DROP TABLE IF EXISTS ${S}.${table} CASCADE`);
    }
    await qr.query(`DROP FUNCTION IF EXISTS ${S}.outbox_notify()`);
  }
}
