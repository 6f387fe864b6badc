import { dropMemberRefEmailSql, memberRefEmailSql } from '@trustops/directory-copies';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The member copy holds the member's email and the time of the change it shows (older events change nothing). */
export class MemberRefEmail1765500000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const sql of memberRefEmailSql('support_desk')) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const sql of dropMemberRefEmailSql('support_desk')) await qr.query(sql);
  }
}
