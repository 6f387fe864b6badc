import { hash } from '@node-rs/argon2';
import type { AuditService, TenantDb, TokenClaims } from '@trustops/service-kit';
import type { EntityManager } from 'typeorm';
import { makeActor, makeMembership, makeUser } from '../testing/factories';
import { MembershipsRepository, MembershipView } from '../users/memberships.repository';
import { UsersRepository, UserWithPassword } from '../users/users.repository';
import { AuthService } from './auth.service';
import { SignInLimiter } from './sign-in-limiter';
import { SigningKeys } from './signing-keys';

const PASSWORD = 'correct horse battery staple';

/** AuthService over plain fakes: no database, no Redis, no keys on disk. */
async function setUp(people: { user: UserWithPassword; memberships: MembershipView[] }[]) {
  const system = {} as EntityManager;
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
  const service = new AuthService(
    db as unknown as TenantDb,
    audit as unknown as AuditService,
    users as UsersRepository,
    memberships as MembershipsRepository,
    limiter as SignInLimiter,
    keys,
  );
  await service.onModuleInit();
  return { service, signed, limited, audit };
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
      const { service, signed, limited, audit } = await setUp([{ user, memberships: [first, makeMembership()] }]);
      const payload = await service.signIn('  Head@northstar.example ', PASSWORD, '198.51.100.10');
      expect(limited).toEqual(['Head@northstar.example']);
      expect(signed).toEqual([{ sub: user.id, trust: first.trust.id, role: 'STAFF', schools: ['s1'] }]);
      expect(payload).toMatchObject({
        accessToken: `token-for-${first.trust.id}`,
        role: 'STAFF',
        user: { id: user.id, email: user.email, displayName: user.displayName },
        trust: first.trust,
      });
      expect(payload.user).not.toHaveProperty('passwordHash');
      expect(audit.record).toHaveBeenCalledWith({ entity: 'session', entityId: user.id, action: 'signed_in' });
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
    it('issues a token for another trust the user is a member of', async () => {
      const user = { ...makeUser(), passwordHash };
      const [here, there] = [makeMembership(), makeMembership({ role: 'TECHNICIAN' })];
      const { service, audit } = await setUp([{ user, memberships: [here, there] }]);
      const actor = makeActor({ userId: user.id, trustId: here.trust.id });
      const payload = await service.switchTrust(actor, there.trust.id);
      expect(payload).toMatchObject({ role: 'TECHNICIAN', trust: there.trust, memberships: [here, there] });
      expect(audit.record).toHaveBeenCalledWith({ entity: 'session', entityId: user.id, action: 'switched_trust' });
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
