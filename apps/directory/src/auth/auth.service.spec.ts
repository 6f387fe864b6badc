import { hash } from '@node-rs/argon2';
import type { AuditService, TenantDb, TokenClaims } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import type { EntityManager } from 'typeorm';
import { makeActor, makeMembership, makeUser } from '../testing/factories';
import type { MfaService, SecondStep } from '../mfa/mfa.service';
import { SessionsRepository } from '../sessions/sessions.repository';
import { MembershipsRepository, MembershipView } from '../users/memberships.repository';
import { UsersRepository, UserWithPassword } from '../users/users.repository';
import { AuthService } from './auth.service';
import { SignInLimiter } from './sign-in-limiter';
import { SigningKeys } from './signing-keys';

const PASSWORD = 'correct horse battery staple';

/** AuthService over plain fakes: no database, no Redis, no keys on disk. */
async function setUp(
  people: { user: UserWithPassword; memberships: MembershipView[] }[],
  secondStep: SecondStep = 'none',
) {
  // No identity provider has turned passwords off (the one query the service makes itself).
  const system = { query: async () => [] } as unknown as EntityManager;
  const db = {
    runAsSystem: async <T>(work: (em: EntityManager) => Promise<T>) => work(system),
    runInTenant: async <T>(_actor: unknown, work: (em: EntityManager) => Promise<T>) => work(system),
  };
  const users: Pick<UsersRepository, 'withPasswordByEmail' | 'profileOf'> = {
    withPasswordByEmail: async (_em, email) =>
      people.find((p) => p.user.email.toLowerCase() === email.toLowerCase())?.user ?? null,
    profileOf: async (_em, id) => {
      const found = people.find((p) => p.user.id === id)?.user;
      if (!found) return null;
      const { passwordHash: _hash, ...profile } = found;
      return profile;
    },
  };
  const memberships: Pick<MembershipsRepository, 'ofUser'> = {
    ofUser: async (_em, userId) => people.find((p) => p.user.id === userId)?.memberships ?? [],
  };
  const limited: string[] = [];
  const limiter: Pick<SignInLimiter, 'attempt'> = {
    attempt: async (email, _address, check) => {
      limited.push(email);
      return check();
    },
  };
  const signed: TokenClaims[] = [];
  const keys: SigningKeys = {
    jwks: { keys: [] },
    sign: async (claims) => {
      signed.push(claims);
      return { token: `token-for-${claims.trust}`, expiresAt: new Date('2026-10-05T08:45:00Z') };
    },
  };
  const audit = { record: jest.fn(async () => undefined) };
  const opened: {
    userId: string;
    trustId: string;
    expiresAt: Date;
    tokens: { expiresAt: Date; handoff: boolean }[];
  }[] = [];
  const moved: string[] = [];
  const sessions: Pick<SessionsRepository, 'open' | 'addToken' | 'moveTo'> = {
    open: async (_em, userId, trustId, expiresAt) => String(opened.push({ userId, trustId, expiresAt, tokens: [] })),
    addToken: async (_em, id, _hash, expiresAt, handoff = false) => {
      opened[Number(id) - 1].tokens.push({ expiresAt, handoff });
    },
    moveTo: async (_em, id, _userId, trustId) => {
      moved.push(`${id}->${trustId}`);
      return id === 'ended' ? 'ended' : 'moved';
    },
  };
  const service = new AuthService(
    db as unknown as TenantDb,
    audit as unknown as AuditService,
    users as UsersRepository,
    memberships as MembershipsRepository,
    sessions as SessionsRepository,
    limiter as SignInLimiter,
    { secondStep: async () => secondStep, openChallenge: async () => 'challenge-1' } as unknown as MfaService,
    new FixedClock(new Date('2026-10-05T08:30:00Z')),
    keys,
  );
  await service.onModuleInit();
  return { service, signed, limited, audit, opened, moved };
}

describe('AuthService', () => {
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hash(PASSWORD);
  });

  describe('signIn', () => {
    it('issues a token for the first membership, with its school scope, and audits the sign-in', async () => {
      const user = { ...makeUser({ email: 'head@northstar.example' }), passwordHash };
      const first = makeMembership({ role: 'STAFF', schoolIds: ['s1'] });
      const { service, signed, limited, audit, opened } = await setUp([
        { user, memberships: [first, makeMembership()] },
      ]);
      const payload = await service.signIn('  Head@northstar.example ', PASSWORD, '198.51.100.10');
      expect(limited).toEqual(['Head@northstar.example']);
      expect(signed).toEqual([{ sub: user.id, trust: first.trust.id, role: 'STAFF', schools: ['s1'], sid: '1' }]);
      // A session in that trust, whose only token is the ten-minute hand-off the payload carries.
      expect(opened).toEqual([
        {
          userId: user.id,
          trustId: first.trust.id,
          expiresAt: new Date('2026-11-04T08:30:00Z'),
          tokens: [{ expiresAt: new Date('2026-10-05T08:40:00Z'), handoff: true }],
        },
      ]);
      expect(payload.sessionHandoff).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(payload).toMatchObject({
        accessToken: `token-for-${first.trust.id}`,
        role: 'STAFF',
        user: { id: user.id, email: user.email, displayName: user.displayName },
        trust: first.trust,
      });
      expect(payload.user).not.toHaveProperty('passwordHash');
      expect(audit.record).toHaveBeenCalledWith({ entity: 'session', entityId: '1', action: 'signed_in' });
    });

    it('asks for the second step of someone who set up an authenticator app, opening no session', async () => {
      const user = { ...makeUser(), passwordHash };
      const { service, signed, opened } = await setUp([{ user, memberships: [makeMembership()] }], 'code');
      await expect(service.signIn(user.email, PASSWORD, '198.51.100.10')).rejects.toMatchObject({
        code: 'MFA_REQUIRED',
        details: { challenge: 'challenge-1', enrolmentRequired: false },
      });
      expect([signed, opened]).toEqual([[], []]);
    });

    it('answers an unknown email and a wrong password with the same UNAUTHENTICATED refusal', async () => {
      const user = { ...makeUser(), passwordHash };
      const { service, signed } = await setUp([{ user, memberships: [makeMembership()] }]);
      const unknown = service.signIn('nobody@northstar.example', PASSWORD, '198.51.100.10');
      const wrong = service.signIn(user.email, 'not-it', '198.51.100.10');
      const refusal = {
        code: 'UNAUTHENTICATED',
        category: 'UNAUTHENTICATED',
        message: 'Email or password is incorrect',
        details: {},
      };
      // Both are awaited together: a second promise left unawaited while the first settles is an unhandled rejection.
      await Promise.all([expect(unknown).rejects.toMatchObject(refusal), expect(wrong).rejects.toMatchObject(refusal)]);
      expect(signed).toEqual([]);
    });

    it('refuses an account with no membership as FORBIDDEN, saying whom to ask', async () => {
      const user = { ...makeUser(), passwordHash };
      const { service, signed } = await setUp([{ user, memberships: [] }]);
      await expect(service.signIn(user.email, PASSWORD, '198.51.100.10')).rejects.toMatchObject({
        code: 'FORBIDDEN',
        category: 'FORBIDDEN',
        message: 'Your account is not a member of any trust yet; ask your IT director to add you',
      });
      expect(signed).toEqual([]);
    });
  });

  describe('switchTrust', () => {
    it('issues a token for another trust the user is a member of, in the same session, and moves the session', async () => {
      const user = { ...makeUser(), passwordHash };
      const [here, there] = [makeMembership(), makeMembership({ role: 'TECHNICIAN' })];
      const { service, audit, signed, moved } = await setUp([{ user, memberships: [here, there] }]);
      const actor = makeActor({ userId: user.id, trustId: here.trust.id, sessionId: 's-7' });
      const payload = await service.switchTrust(actor, there.trust.id);
      expect(payload).toMatchObject({ role: 'TECHNICIAN', trust: there.trust, memberships: [here, there] });
      expect(payload.sessionHandoff).toBeUndefined();
      expect(signed).toEqual([{ sub: user.id, trust: there.trust.id, role: 'TECHNICIAN', sid: 's-7' }]);
      expect(moved).toEqual([`s-7->${there.trust.id}`]);
      expect(audit.record).toHaveBeenCalledWith({ entity: 'session', entityId: 's-7', action: 'switched_trust' });
    });

    it('gives a member who joined without the second step their trust requires a working day, not 30 days', async () => {
      const user = { ...makeUser(), passwordHash };
      const joined = makeMembership();
      const { service, opened } = await setUp([{ user, memberships: [joined] }], 'enrol');
      const payload = await service.signInMember(user.id, joined.trust.id);
      expect(payload.sessionHandoff).toEqual(expect.any(String));
      expect(opened.map((o) => o.expiresAt)).toEqual([new Date('2026-10-05T20:30:00Z')]);
    });

    it('gives no token from a session that has ended, or a token of no session', async () => {
      const user = { ...makeUser(), passwordHash };
      const [here, there] = [makeMembership(), makeMembership()];
      const { service, signed } = await setUp([{ user, memberships: [here, there] }]);
      for (const sessionId of ['ended', undefined])
        await expect(
          service.switchTrust(makeActor({ userId: user.id, sessionId }), there.trust.id),
        ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(signed).toEqual([]);
    });

    it('issues no token dated before the member was signed out everywhere', async () => {
      const user = { ...makeUser(), passwordHash };
      const later = makeMembership({ tokensValidFrom: new Date('2026-10-05T08:30:00.500Z') });
      const { service } = await setUp([{ user, memberships: [makeMembership(), later] }]);
      const issuedAt = jest.fn();
      Object.assign(service, {
        keys: {
          sign: async (_c: unknown, _ttl: number, iat: number) => (
            issuedAt(iat),
            { token: 't', expiresAt: new Date() }
          ),
        },
      });
      await service.switchTrust(makeActor({ userId: user.id, sessionId: 's-1' }), later.trust.id);
      expect(issuedAt).toHaveBeenCalledWith(Date.parse('2026-10-05T08:30:01Z') / 1000);
    });

    it('refuses a trust the user is not a member of as TRUST_NOT_FOUND, naming the trust', async () => {
      const user = { ...makeUser(), passwordHash };
      const { service, signed } = await setUp([{ user, memberships: [makeMembership()] }]);
      const elsewhere = makeMembership().trust.id;
      await expect(service.switchTrust(makeActor({ userId: user.id }), elsewhere)).rejects.toMatchObject({
        code: 'TRUST_NOT_FOUND',
        category: 'NOT_FOUND',
        details: { trustId: elsewhere },
      });
      expect(signed).toEqual([]);
    });
  });
});
