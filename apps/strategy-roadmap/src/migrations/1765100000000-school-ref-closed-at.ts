import { dropSchoolRefClosedAtSql, schoolRefClosedAtSql } from '@trustops/directory-copies';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The school copy says when directory closed the school (school.closed), so no new work is offered for it. */
export class SchoolRefClosedAt1765100000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const sql of schoolRefClosedAtSql('strategy_roadmap')) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const sql of dropSchoolRefClosedAtSql('strategy_roadmap')) await qr.query(sql);
  }
}
