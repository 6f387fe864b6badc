import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { ProviderKind, ProviderSettings } from './provider-rules';

export interface ProviderRow extends ProviderSettings {
  id: string;
  trustId: string;
  trustName: string;
  secretSealed: string;
  updatedAt: Date;
}

const PROVIDER = `SELECT p.id, p.trust_id AS "trustId", t.name AS "trustName", p.kind, p.label, p.tenant_ids AS "tenantIds",
    p.hosted_domain AS "hostedDomain", p.issuer, p.client_id AS "clientId", p.client_secret_sealed AS "secretSealed",
    p.email_domains AS "emailDomains", p.allow_new_members AS "allowNewMembers", p.password_sign_in AS "passwordSignIn",
    p.enabled, p.updated_at AS "updatedAt"
  FROM directory.identity_provider p JOIN directory.trust t ON t.id = p.trust_id`;

const COLUMNS = `kind, label, tenant_ids, hosted_domain, issuer, client_id, email_domains, allow_new_members, password_sign_in, enabled`;
const values = (s: ProviderSettings) => [
  s.kind,
  s.label,
  s.tenantIds,
  s.hostedDomain,
  s.issuer,
  s.clientId,
  s.emailDomains,
  s.allowNewMembers,
  s.passwordSignIn,
  s.enabled,
];

/** The trust's identity providers (RLS), and the sign-in look-ups that run before anyone is signed in (system). */
@Injectable()
export class IdentityProvidersRepository {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<ProviderRow[]> {
    return this.db.em().query(`${PROVIDER} ORDER BY p.created_at, p.id`);
  }

  async byId(id: string): Promise<ProviderRow | null> {
    const [row] = await this.db.em().query(`${PROVIDER} WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  async add(s: ProviderSettings, secretSealed: string): Promise<string> {
    const [row] = await this.db.em().query(
      `INSERT INTO directory.identity_provider (${COLUMNS}, client_secret_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [...values(s), secretSealed],
    );
    return row.id;
  }

  async update(id: string, s: ProviderSettings, secretSealed: string): Promise<void> {
    await this.db.em().query(
      `UPDATE directory.identity_provider SET (${COLUMNS}, client_secret_sealed, updated_at)
         = ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now()) WHERE id = $1`,
      [id, ...values(s), secretSealed],
    );
  }

  /** Before sign-in: the enabled providers serving a verified email domain, in every trust (system role). */
  forDomain(em: EntityManager, domain: string): Promise<ProviderRow[]> {
    // Only where the trust has shown it owns the domain (a DNS TXT record): no trust's button for another's people.
    return em.query(
      `${PROVIDER} WHERE p.enabled AND $1 = ANY (p.email_domains) AND EXISTS (SELECT 1 FROM directory.email_domain d
         WHERE d.trust_id = p.trust_id AND d.domain = $1 AND d.verified_at IS NOT NULL)
       ORDER BY t.name, p.created_at`,
      [domain],
    );
  }

  async enabledById(em: EntityManager, id: string): Promise<ProviderRow | null> {
    const [row] = await em.query(`${PROVIDER} WHERE p.id = $1 AND p.enabled`, [id]);
    return row ?? null;
  }

  async linkedUser(em: EntityManager, providerId: string, subject: string): Promise<string | null> {
    // An UPDATE's answer is [rows, count].
    const [rows] = (await em.query(
      `UPDATE directory.identity_link SET last_used_at = now() WHERE provider_id = $1 AND subject = $2 RETURNING user_id`,
      [providerId, subject],
    )) as [{ user_id: string }[], number];
    return rows[0]?.user_id ?? null;
  }

  async linkOf(em: EntityManager, providerId: string, userId: string): Promise<string | null> {
    const [row] = await em.query(
      `SELECT subject FROM directory.identity_link WHERE provider_id = $1 AND user_id = $2`,
      [providerId, userId],
    );
    return row?.subject ?? null;
  }

  /** False when the provider already links this subject or this person (ON CONFLICT: no error, no half-write). */
  async link(
    em: EntityManager,
    p: { trustId: string; providerId: string; userId: string; subject: string; email: string },
  ): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO directory.identity_link (trust_id, provider_id, user_id, subject, email_at_link) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [p.trustId, p.providerId, p.userId, p.subject, p.email],
    );
    return rows.length === 1;
  }

  /** The active member of the trust with this email (name and email live on the membership). */
  async activeMemberByEmail(em: EntityManager, trustId: string, email: string): Promise<string | null> {
    const [row] = await em.query(
      `SELECT user_id FROM directory.membership WHERE trust_id = $1 AND lower(email) = $2 AND status = 'ACTIVE'`,
      [trustId, email],
    );
    return row?.user_id ?? null;
  }

  async isActiveMember(em: EntityManager, trustId: string, userId: string): Promise<boolean> {
    const [row] = await em.query(
      `SELECT 1 FROM directory.membership WHERE trust_id = $1 AND user_id = $2 AND status = 'ACTIVE'`,
      [trustId, userId],
    );
    return !!row;
  }
}

export type { ProviderKind };
