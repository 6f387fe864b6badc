import { systemPolicy } from '@trustops/service-kit/migrations';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Watchers list the trusts to sweep from the school copies (as in libs/directory-copies): the system role may read them. */
export class SchoolCopiesForWatchers1764800000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const sql of systemPolicy('support_desk', 'school_ref')) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP POLICY school_ref_system ON support_desk.school_ref');
    await qr.query('REVOKE SELECT ON support_desk.school_ref FROM support_desk_system');
  }
}
