import { demoId, demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { gql, GraphQLResponse } from './graphql-client';
import { TestSigner } from './test-tokens';

/** Who service tests act as: the demo users by a short name, plus a technician scoped to two schools. */
export const DEMO_ACTORS = {
  teacher: 'teacher@northstar.example',
  tech: 'tech@northstar.example',
  engineer: 'engineer@northstar.example',
  director: 'director@northstar.example',
  ceo: 'ceo@northstar.example',
  governor: 'governor@northstar.example',
  reviewer: 'reviewer@independent.example',
  riverside: 'director@riverside.example',
} as const;

export type DemoActor = keyof typeof DEMO_ACTORS | 'scoped';
export type As = (who: DemoActor, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** A token for one demo actor, signed with the service's test key. */
export function demoToken(signer: TestSigner, who: DemoActor): Promise<string> {
  if (who === 'scoped') {
    // Nobody the member copies know (a real member's token must match their membership, or it is refused): the
    // school scope the token carries is all there is to it.
    return signer.sign({
      userId: demoId('user', 'scoped-technician@test.example'),
      trustId: NORTHSTAR.id,
      role: 'TECHNICIAN',
      schoolIds: [NORTHSTAR.schools[1].id, NORTHSTAR.schools[2].id],
    });
  }
  const user = demoUser(DEMO_ACTORS[who]);
  const trustId = who === 'riverside' ? RIVERSIDE.id : NORTHSTAR.id;
  const m = user.memberships.find((x) => x.trustId === trustId)!;
  return signer.sign({ userId: user.id, trustId, role: m.role, schoolIds: m.schoolIds });
}

export interface StartedService {
  url: string;
  signer: TestSigner;
  stop(): Promise<void>;
}

/**
 * Starts a service before the file's tests and stops it after. `as(who, query, variables)` calls it as a demo
 * actor; `ctx.service` is the started service once beforeAll has run.
 */
export function serviceUnderTest<T extends StartedService>(start: () => Promise<T>): { as: As; ctx: { service: T } } {
  const ctx = {} as { service: T };
  const tokens: Partial<Record<DemoActor, string>> = {};
  beforeAll(async () => {
    ctx.service = await start();
    for (const who of [...Object.keys(DEMO_ACTORS), 'scoped'] as DemoActor[])
      tokens[who] = await demoToken(ctx.service.signer, who);
  });
  afterAll(() => ctx.service?.stop());
  return { as: (who, query, variables = {}) => gql(ctx.service.url, query, variables, tokens[who]), ctx };
}
