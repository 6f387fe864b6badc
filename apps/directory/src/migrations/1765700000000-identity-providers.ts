import { MigrationInterface, QueryRunner } from 'typeorm';
import { systemPolicy, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';

const S = 'directory';

/**
 * A trust's identity providers (Microsoft Entra ID, Google Workspace, any OpenID provider) and the links from an
 * account to a provider's subject. Both are the trust's rows (RLS); sign-in reads them as the system role, as it
 * reads accounts. The client secret is kept encrypted (AES-256-GCM with a key from configuration), never plain.
 * A session begun at a provider is held to that provider's trust.
 */
export class IdentityProviders1765700000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE ${S}.identity_provider (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN} REFERENCES ${S}.trust (id),
         kind text NOT NULL CHECK (kind IN ('MICROSOFT', 'GOOGLE', 'OIDC')), label text NOT NULL,
         tenant_ids text[] NOT NULL DEFAULT '{}', hosted_domain text, issuer text,
         client_id text NOT NULL, client_secret_sealed text NOT NULL,
         email_domains text[] NOT NULL, allow_new_members boolean NOT NULL DEFAULT false,
         password_sign_in boolean NOT NULL DEFAULT true, enabled boolean NOT NULL DEFAULT true,
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX identity_provider_domains ON ${S}.identity_provider USING gin (email_domains)`,
      ...tenantTablePolicies(S, 'identity_provider'),
      ...systemPolicy(S, 'identity_provider'),
      `CREATE TABLE ${S}.identity_link (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         provider_id uuid NOT NULL REFERENCES ${S}.identity_provider (id), user_id uuid NOT NULL REFERENCES ${S}.app_user (id),
         subject text NOT NULL, email_at_link text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(), last_used_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (provider_id, subject), UNIQUE (provider_id, user_id))`,
      ...tenantTablePolicies(S, 'identity_link'),
      ...systemPolicy(S, 'identity_link', true),
      // A session begun at a trust's identity provider stays in that trust (switchTrust refuses to move it).
      `ALTER TABLE ${S}.session ADD COLUMN single_trust boolean NOT NULL DEFAULT false`,
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE ${S}.session DROP COLUMN single_trust`);
    await qr.query(`DROP TABLE ${S}.identity_link`);
    await qr.query(`DROP TABLE ${S}.identity_provider`);
  }
}
