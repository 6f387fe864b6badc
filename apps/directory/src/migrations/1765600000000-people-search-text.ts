import { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'directory';

/**
 * The People page's words search reads a stored lower-cased "name email" instead of building it per row: half
 * the cost of a scan. The trigram index goes: under row-level security PostgreSQL never uses it (LIKE is not
 * leakproof, so it may not run before the trust's policy), and every write paid for it.
 */
export class PeopleSearchText1765600000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const table of ['membership', 'invitation'])
      await qr.query(
        `ALTER TABLE ${S}.${table} ADD COLUMN search text GENERATED ALWAYS AS (lower(display_name || ' ' || email)) STORED`,
      );
    await qr.query(`DROP INDEX ${S}.membership_search`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE INDEX membership_search ON ${S}.membership USING gin ((lower(display_name || ' ' || email)) public.gin_trgm_ops)`,
    );
    for (const table of ['membership', 'invitation']) await qr.query(`ALTER TABLE ${S}.${table} DROP COLUMN search`);
  }
}
