import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A membership's school scope is every school (NULL) or a list of at least one. An empty list used to be read as
 * every school; tokens now read it as none, so rows written that way keep their meaning as NULL, and no new one
 * can be written.
 */
export class MembershipScopeNotEmpty1764010000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE directory.membership NO FORCE ROW LEVEL SECURITY');
    await qr.query(`UPDATE directory.membership SET school_ids = NULL WHERE school_ids = '{}'`);
    await qr.query('ALTER TABLE directory.membership FORCE ROW LEVEL SECURITY');
    await qr.query(
      'ALTER TABLE directory.membership ADD CONSTRAINT membership_scope_not_empty CHECK (school_ids IS NULL OR cardinality(school_ids) > 0)',
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE directory.membership DROP CONSTRAINT membership_scope_not_empty');
  }
}
