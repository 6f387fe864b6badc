import { EntityManager } from 'typeorm';

/**
 * The label of a provider that turned passwords off for this email's domain in a trust the account belongs to
 * (read by the system role at sign-in), or null. Only the person's own trusts count, and only for a domain the trust
 * has shown it owns: a trust naming another's domain cannot lock that trust's people out.
 */
export async function passwordTurnedOffBy(em: EntityManager, userId: string, email: string): Promise<string | null> {
  const [row] = await em.query(
    `SELECT p.label FROM directory.identity_provider p
       JOIN directory.membership m ON m.trust_id = p.trust_id AND m.user_id = $1 AND m.status = 'ACTIVE'
     WHERE p.enabled AND NOT p.password_sign_in AND split_part(lower($2), '@', 2) = ANY (p.email_domains)
       AND EXISTS (SELECT 1 FROM directory.email_domain d WHERE d.trust_id = p.trust_id
         AND d.domain = split_part(lower($2), '@', 2) AND d.verified_at IS NOT NULL)
     ORDER BY p.created_at LIMIT 1`,
    [userId, email],
  );
  return row?.label ?? null;
}
