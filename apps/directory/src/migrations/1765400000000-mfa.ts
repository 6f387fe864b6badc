import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemOnlyTableSql } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * Two-step sign-in (TOTP): an account's authenticator secret (with its wrong codes in a row, and until when it is
 * locked after too many), its ten single-use recovery codes (SHA-256 only)
 * and the short-lived challenges between a password and a code. An account's, not a trust's: the system role's
 * alone. Trusts say whether their IT directors and engineers must use it: on for every trust made from now on,
 * off for those that exist (they never had the choice; their IT director turns it on).
 */
export class Mfa1765400000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE ${S}.trust ADD COLUMN mfa_required boolean NOT NULL DEFAULT false`,
      `ALTER TABLE ${S}.trust ALTER COLUMN mfa_required SET DEFAULT true`,
      `CREATE TABLE ${S}.mfa_factor (user_id uuid PRIMARY KEY REFERENCES ${S}.app_user (id), secret text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(), confirmed_at timestamptz, last_step bigint NOT NULL DEFAULT 0,
         failures int NOT NULL DEFAULT 0, locked_until timestamptz)`,
      `CREATE TABLE ${S}.mfa_recovery_code (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES ${S}.app_user (id), code_hash text NOT NULL, used_at timestamptz,
         UNIQUE (user_id, code_hash))`,
      `CREATE TABLE ${S}.mfa_challenge (token_hash text PRIMARY KEY, user_id uuid NOT NULL REFERENCES ${S}.app_user (id),
         created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL, used_at timestamptz,
         failures int NOT NULL DEFAULT 0)`,
    ];
    for (const table of ['mfa_factor', 'mfa_recovery_code', 'mfa_challenge'])
      statements.push(...systemOnlyTableSql(S, table));
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['mfa_challenge', 'mfa_recovery_code', 'mfa_factor'])
      await qr.query(`DROP TABLE ${S}.${table}`);
    await qr.query(`ALTER TABLE ${S}.trust DROP COLUMN mfa_required`);
  }
}
