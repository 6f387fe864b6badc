import { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'directory';

/**
 * "Words anywhere in the name or email" on the People page: a trigram index on the lower-cased name and email of
 * each membership, so a search at 20,000 members reads the matches, not every member (pg_trgm is added by the
 * database's bootstrap, which runs as a superuser).
 */
export class MemberSearch1764070000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE INDEX membership_search ON ${S}.membership USING gin ((lower(display_name || ' ' || email)) public.gin_trgm_ops)`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP INDEX ${S}.membership_search`);
  }
}
