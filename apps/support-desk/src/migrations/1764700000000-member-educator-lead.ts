import { MigrationInterface, QueryRunner } from 'typeorm';

/** Member copies carry the educator-lead flag, as in libs/directory-copies. */
export class MemberEducatorLead1764700000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE support_desk.member_ref ADD COLUMN educator_lead boolean NOT NULL DEFAULT false');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE support_desk.member_ref DROP COLUMN educator_lead');
  }
}
