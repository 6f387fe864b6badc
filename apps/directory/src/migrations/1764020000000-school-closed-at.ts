import { MigrationInterface, QueryRunner } from 'typeorm';

/** A closed school keeps its row and history; `closed_at` says since when (null while open). */
export class SchoolClosedAt1764020000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE directory.school ADD COLUMN closed_at timestamptz');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE directory.school DROP COLUMN closed_at');
  }
}
