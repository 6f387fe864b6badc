import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemOnlyTableSql } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * Password resets belong to an account, not to a trust (an MSP engineer has one password for every trust), so,
 * like the account itself, only the system role reaches them: no request runs as a trust with access to them.
 * Only the SHA-256 of a reset's token is kept; a reset works once, for an hour.
 */
export class PasswordReset1764050000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.password_reset (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES ${S}.app_user (id), token_hash text NOT NULL UNIQUE,
         created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL, used_at timestamptz)`,
      `CREATE INDEX password_reset_user ON ${S}.password_reset (user_id, created_at)`,
      ...systemOnlyTableSql(S, 'password_reset'),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE ${S}.password_reset`);
  }
}
