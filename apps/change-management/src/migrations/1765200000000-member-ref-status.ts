import { dropMemberRefStatusSql, memberRefStatusSql } from '@trustops/directory-copies';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The member copy says whether the membership is suspended (membership.changed): no new work goes to them. */
export class MemberRefStatus1765200000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const sql of memberRefStatusSql('change_management')) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const sql of dropMemberRefStatusSql('change_management')) await qr.query(sql);
  }
}
