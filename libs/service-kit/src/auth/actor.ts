export const ROLES = ['IT_DIRECTOR', 'TECHNICIAN', 'ENGINEER', 'EXECUTIVE', 'STAFF', 'GOVERNOR', 'REVIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, for one trust: what a verified token says, nothing more. */
export interface Actor {
  userId: string;
  trustId: string;
  role: Role;
  /** null: every school of the trust; otherwise only these (an empty list: none). */
  schoolIds: string[] | null;
}

export interface TokenClaims {
  sub: string;
  trust: string;
  role: Role;
  /** Absent: every school of the trust. Present: only these, and an empty list means none. */
  schools?: string[];
}

export function actorFromClaims(claims: TokenClaims): Actor {
  return { userId: claims.sub, trustId: claims.trust, role: claims.role, schoolIds: claims.schools ?? null };
}
