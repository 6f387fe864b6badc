import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { gql, GraphQLResponse } from '@trustops/testing';
import { startSupportDesk, TestSupportDesk } from './start-support-desk';

/** Who the desk tests act as: the demo users, plus a technician scoped to two schools. */
export const DESK_USERS = {
  teacher: 'teacher@northstar.example', tech: 'tech@northstar.example', engineer: 'engineer@northstar.example',
  director: 'director@northstar.example', ceo: 'ceo@northstar.example', governor: 'governor@northstar.example',
  riverside: 'director@riverside.example',
} as const;

export type DeskUser = keyof typeof DESK_USERS | 'scoped';
export type As = (who: DeskUser, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** A token for one of the desk's test users, signed with the desk's test key. */
export function signedToken(desk: TestSupportDesk, who: DeskUser): Promise<string> {
  if (who === 'scoped') {
    return desk.signer.sign({ userId: demoUser('msp@partner.example').id, trustId: NORTHSTAR.id, role: 'TECHNICIAN',
      schoolIds: [NORTHSTAR.schools[1].id, NORTHSTAR.schools[2].id] });
  }
  const user = demoUser(DESK_USERS[who]);
  const trustId = who === 'riverside' ? RIVERSIDE.id : NORTHSTAR.id;
  const m = user.memberships.find((x) => x.trustId === trustId)!;
  return desk.signer.sign({ userId: user.id, trustId, role: m.role, schoolIds: m.schoolIds });
}

/** Signs a token for each user once and returns `as(who, query, variables)`. */
export async function deskClient(desk: TestSupportDesk): Promise<As> {
  const tokens: Record<string, string> = {};
  for (const who of [...Object.keys(DESK_USERS), 'scoped'] as DeskUser[]) tokens[who] = await signedToken(desk, who);
  return (who, query, variables = {}) => gql(desk.url, query, variables, tokens[who]);
}

export interface DeskUnderTest { desk: TestSupportDesk; as: As }

/**
 * Starts a desk (with `env`) before the file's tests and stops it after. Returns `as` at once, for use inside
 * tests, and `ctx.desk` once started.
 */
export function deskUnderTest(env: Record<string, string> = {}): { as: As; ctx: DeskUnderTest } {
  const ctx = {} as DeskUnderTest;
  beforeAll(async () => {
    ctx.desk = await startSupportDesk(env);
    ctx.as = await deskClient(ctx.desk);
  });
  afterAll(() => ctx.desk?.stop());
  return { as: (who, query, variables) => ctx.as(who, query, variables), ctx };
}
