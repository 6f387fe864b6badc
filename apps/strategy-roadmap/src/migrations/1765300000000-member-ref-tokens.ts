import { dropMemberRefTokensSql, memberRefTokensSql } from '@trustops/directory-copies';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The member copy says from when the member's tokens count (signed out everywhere, a new password). */
export class MemberRefTokens1765300000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const sql of memberRefTokensSql('strategy_roadmap')) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const sql of dropMemberRefTokensSql('strategy_roadmap')) await qr.query(sql);
  }
}
