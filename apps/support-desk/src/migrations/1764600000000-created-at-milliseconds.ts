import { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'support_desk';

/**
 * Tickets sorted newest first page by (created_at, id) with the time in the cursor. JavaScript dates hold
 * milliseconds and PostgreSQL microseconds, so a cursor could fall between two rows of the same millisecond and
 * skip one: creation times are kept to the millisecond.
 */
export class CreatedAtMilliseconds1764600000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE ${S}.ticket ALTER COLUMN created_at SET DEFAULT date_trunc('milliseconds', now())`);
    await qr.query(`ALTER TABLE ${S}.ticket NO FORCE ROW LEVEL SECURITY`);
    await qr.query(
      `UPDATE ${S}.ticket SET created_at = date_trunc('milliseconds', created_at) WHERE created_at <> date_trunc('milliseconds', created_at)`,
    );
    await qr.query(`ALTER TABLE ${S}.ticket FORCE ROW LEVEL SECURITY`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE ${S}.ticket ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
