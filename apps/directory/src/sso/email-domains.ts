import { Resolver } from 'node:dns/promises';
import { Injectable } from '@nestjs/common';
import { AuditService, Clock, TenantDb } from '@trustops/service-kit';
import { newLinkToken } from '../people/link-token';
import { domainErrors } from './email-domains.errors';

export interface DomainRow {
  domain: string;
  token: string;
  verifiedAt: Date | null;
  checkedAt: Date | null;
}

/** Where the record goes and what it says. */
export const recordName = (domain: string) => `_trustops-challenge.${domain}`;
export const recordValue = (token: string) => `trustops-verification=${token}`;

/** DNS_SERVERS (comma-separated host:port) points lookups elsewhere than the system's resolver (tests). */
export function resolverFrom(env: NodeJS.ProcessEnv = process.env): Resolver {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  const servers = env.DNS_SERVERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (servers?.length) resolver.setServers(servers);
  return resolver;
}

const NOT_THERE = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME', 'NXDOMAIN']);

/**
 * The email domains a trust's providers serve, each verified once by a TXT record only the domain's owner can
 * publish; until then the sign-in page offers the trust's provider to nobody at that domain.
 */
@Injectable()
export class EmailDomainsService {
  private readonly resolver = resolverFrom();

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Each domain gets its own token the first time a provider names it. */
  async ensure(domains: string[]): Promise<void> {
    for (const domain of domains)
      await this.db
        .em()
        .query('INSERT INTO directory.email_domain (domain, token) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          domain,
          newLinkToken().token.slice(0, 32),
        ]);
  }

  async list(): Promise<DomainRow[]> {
    return this.db
      .em()
      .query(
        'SELECT domain, token, verified_at AS "verifiedAt", checked_at AS "checkedAt" FROM directory.email_domain ORDER BY domain',
      );
  }

  /** Looks for the record now; verified for good once found. */
  async verify(domain: string): Promise<DomainRow> {
    const name = String(domain ?? '')
      .trim()
      .toLowerCase();
    const [row] = (await this.db
      .em()
      .query(
        'SELECT domain, token, verified_at AS "verifiedAt", checked_at AS "checkedAt" FROM directory.email_domain WHERE domain = $1 FOR UPDATE',
        [name],
      )) as DomainRow[];
    if (!row)
      throw domainErrors.error('EMAIL_DOMAIN_NOT_FOUND', `${name} is not an email domain of your providers`, {
        domain,
      });
    if (row.verifiedAt) return row;
    const found = await this.txt(recordName(name));
    const now = this.clock.now();
    const verified = found.includes(recordValue(row.token));
    await this.db
      .em()
      .query(
        'UPDATE directory.email_domain SET checked_at = $2, verified_at = CASE WHEN $3 THEN $2::timestamptz END WHERE domain = $1',
        [name, now, verified],
      );
    if (!verified)
      throw domainErrors.error(
        'EMAIL_DOMAIN_NOT_VERIFIED',
        `No TXT record "${recordValue(row.token)}" at ${recordName(name)} yet: add it at your DNS host, then check again (it can take an hour to appear)`,
        { domain: name },
      );
    await this.audit.record({ entity: 'email_domain', entityId: name, action: 'verified', after: { domain: name } });
    return { ...row, verifiedAt: now, checkedAt: now };
  }

  private async txt(name: string): Promise<string[]> {
    try {
      return (await this.resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
    } catch (error) {
      if (NOT_THERE.has((error as { code?: string }).code ?? '')) return [];
      throw domainErrors.error(
        'EMAIL_DOMAIN_CHECK_UNAVAILABLE',
        'The DNS lookup did not answer: try again in a moment',
      );
    }
  }
}
