import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemOnlyTableSql } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * A change of email waits for its owner to open a link sent to the new address (only the link's SHA-256 is kept),
 * like a password reset: it belongs to an account, not a trust, so only the system role reaches it.
 */
export class EmailChange1765500000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.email_change (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES ${S}.app_user (id), new_email text NOT NULL,
         token_hash text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL, used_at timestamptz)`,
      `CREATE INDEX email_change_user_open ON ${S}.email_change (user_id) WHERE used_at IS NULL`,
      ...systemOnlyTableSql(S, 'email_change'),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE ${S}.email_change`);
  }
}
