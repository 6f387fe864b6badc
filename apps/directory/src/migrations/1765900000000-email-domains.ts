import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * The email domains a trust's identity providers serve, and whether the trust has shown it owns each (a DNS TXT
 * record with the token TrustOps gave it). The sign-in page offers a trust's provider for a domain only once the
 * trust has verified it, so no trust can put its button in front of another's people.
 */
export class EmailDomains1765900000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.email_domain (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         domain text NOT NULL, token text NOT NULL, verified_at timestamptz, checked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (trust_id, domain))`,
      ...tenantTablePolicies(S, 'email_domain'),
      ...systemPolicy(S, 'email_domain'),
      // Providers saved before this: their domains are to verify, each with its own token. The owner runs migrations
      // and FORCE would hide every row from it (and refuse its inserts): lifted for the backfill only.
      `ALTER TABLE ${S}.identity_provider NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE ${S}.email_domain NO FORCE ROW LEVEL SECURITY`,
      `INSERT INTO ${S}.email_domain (trust_id, domain, token)
         SELECT DISTINCT p.trust_id, d, replace(gen_random_uuid()::text, '-', '')
         FROM ${S}.identity_provider p, unnest(p.email_domains) d ON CONFLICT DO NOTHING`,
      `ALTER TABLE ${S}.identity_provider FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE ${S}.email_domain FORCE ROW LEVEL SECURITY`,
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE ${S}.email_domain`);
  }
}
