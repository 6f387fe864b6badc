import type { MigrationInterface, QueryRunner } from 'typeorm';
import { assertIdentifier } from '../db/roles';
import { tenantTablePolicies, TRUST_ID_COLUMN } from '../db/migration-sql';

/** The keys of create mutations (IdempotencyService), one row per trust, user and key. */
export function idempotencyTableSql(schema: string): string[] {
  const s = assertIdentifier(schema);
  return [
    `CREATE TABLE ${s}.idempotency_key (
       ${TRUST_ID_COLUMN},
       user_id uuid NOT NULL,
       key text NOT NULL,
       operation text NOT NULL,
       request_hash text NOT NULL,
       result_id text,
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (trust_id, user_id, key))`,
    ...tenantTablePolicies(s, 'idempotency_key'),
  ];
}

/** The migration that adds the table to a service: `export class IdempotencyKeys1764900000000 extends idempotencyMigration('support_desk') {}`. */
export function idempotencyMigration(schema: string) {
  return class implements MigrationInterface {
    async up(qr: QueryRunner): Promise<void> {
      for (const sql of idempotencyTableSql(schema)) await qr.query(sql);
    }

    async down(qr: QueryRunner): Promise<void> {
      await qr.query(`DROP TABLE ${assertIdentifier(schema)}.idempotency_key`);
    }
  };
}
