import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemOnlyTableSql } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * Sign-in sessions and their refresh tokens belong to an account (one session moves between the account's trusts),
 * so, like password resets, only the system role reaches them. A session is a family of refresh tokens: each use
 * replaces the token, and only the SHA-256 of each is kept. A membership says from when its tokens count, so
 * signing out everywhere refuses access tokens already out (every service reads it from its copy of members).
 */
export class Sessions1765300000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.session (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES ${S}.app_user (id), trust_id uuid NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(), last_used_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL, ended_at timestamptz, end_reason text)`,
      `CREATE INDEX session_user_open ON ${S}.session (user_id) WHERE ended_at IS NULL`,
      `CREATE TABLE ${S}.refresh_token (token_hash text PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES ${S}.session (id) ON DELETE CASCADE,
         handoff boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL, used_at timestamptz)`,
      `CREATE INDEX refresh_token_session ON ${S}.refresh_token (session_id)`,
      `ALTER TABLE ${S}.membership ADD COLUMN tokens_valid_from timestamptz`,
    ];
    for (const table of ['session', 'refresh_token']) statements.push(...systemOnlyTableSql(S, table));
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE ${S}.membership DROP COLUMN tokens_valid_from`);
    await qr.query(`DROP TABLE ${S}.refresh_token`);
    await qr.query(`DROP TABLE ${S}.session`);
  }
}
