import type { Role } from '@trustops/contracts';

export { ROLES } from '@trustops/contracts';
export type { Role } from '@trustops/contracts';

/** Who is acting, for one trust: what a verified token says, nothing more. */
export interface Actor {
  userId: string;
  trustId: string;
  role: Role;
  /** null: every school of the trust; otherwise only these (an empty list: none). */
  schoolIds: string[] | null;
  /** The sign-in session the token was issued in (switchTrust and signing out name it); absent on service tokens. */
  sessionId?: string;
  /** When the token was issued (seconds since the epoch): a member signed out everywhere since then is refused. */
  issuedAt?: number;
}

export interface TokenClaims {
  sub: string;
  trust: string;
  role: Role;
  /** Absent: every school of the trust. Present: only these, and an empty list means none. */
  schools?: string[];
  /** The sign-in session (directory's refresh-token family). */
  sid?: string;
  iat?: number;
}

export function actorFromClaims(claims: TokenClaims): Actor {
  return {
    userId: claims.sub,
    trustId: claims.trust,
    role: claims.role,
    schoolIds: claims.schools ?? null,
    ...(claims.sid ? { sessionId: claims.sid } : {}),
    ...(claims.iat ? { issuedAt: claims.iat } : {}),
  };
}
