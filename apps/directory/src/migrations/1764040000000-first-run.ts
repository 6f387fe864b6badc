import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * The first-run setup page makes the first trust once: its transaction claims this one row (the primary key is a
 * constant), so two people setting up a fresh install at the same moment cannot both make a trust; the second is
 * told setup is done. The row names the trust it made, under the same RLS as every tenant row.
 */
export class FirstRun1764040000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.first_run (done boolean PRIMARY KEY DEFAULT true CHECK (done), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         at timestamptz NOT NULL DEFAULT now())`,
      ...tenantTablePolicies(S, 'first_run'),
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE ${S}.first_run`);
  }
}
