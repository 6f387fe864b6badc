import { Actor } from '@trustops/service-kit';
import { As, factory, ok } from '@trustops/testing';
import { Horizon } from '../initiatives/initiative-rules';
import { InitiativeRow } from '../initiatives/initiatives.repository';
import { CreateInitiativeInput } from '../initiatives/initiatives.types';
import { MeasureRow } from '../objectives/objectives.repository';
import { CreateObjectiveInput } from '../objectives/objectives.types';
import { RiskInput } from '../risks/risks.types';

/** The inputs as a test writes them: plain strings where GraphQL has enums. */
export type InitiativeVariables = Omit<CreateInitiativeInput, 'horizon'> & { horizon?: Horizon };
export type RiskVariables = Omit<RiskInput, 'status'> & { status?: 'OPEN' | 'CLOSED' };

// Pure makers, for unit tests and for the variables of the API helpers below.
export const makeActor = factory<Actor>((n) => ({
  userId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
  trustId: '00000000-0000-4000-a000-000000000001',
  role: 'IT_DIRECTOR',
  schoolIds: null,
}));
export const makeInitiativeInput = factory<InitiativeVariables>((n) => ({
  title: `Initiative ${n}`,
  problem: `How can we achieve goal ${n}?`,
}));
export const makeObjectiveInput = factory<CreateObjectiveInput>((n) => ({ title: `Objective ${n}` }));
export const makeRiskInput = factory<RiskVariables>((n) => ({ title: `Risk ${n}`, likelihood: 2, impact: 3 }));

export const makeInitiativeRow = factory<InitiativeRow>((n) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Initiative ${n}`,
  problem: `How can we achieve goal ${n}?`,
  schoolIds: [],
  ownerId: null,
  capitalCost: 0,
  revenueCost: 0,
  horizon: 'NEXT',
  status: 'PROPOSED',
  rag: 'GREEN',
  ragReason: null,
}));
export const makeMeasureRow = factory<MeasureRow>((n) => ({
  id: `measure-${n}`,
  objectiveId: `objective-${n}`,
  name: `Measure ${n}`,
  unit: 'COUNT',
  baseline: 0,
  target: 10,
  current: 0,
  dueOn: null,
}));

// Through the API, as the IT director (who may edit the roadmap): `over` says only what the test is about.

export async function newInitiative(
  as: As,
  over: Partial<InitiativeVariables> = {},
): Promise<{ id: string; title: string; horizon: Horizon; status: string }> {
  const created = ok(
    await as(
      'director',
      'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id title horizon status } }',
      { i: makeInitiativeInput(over) },
    ),
  );
  return created.createInitiative;
}

export async function newObjective(
  as: As,
  over: Partial<CreateObjectiveInput> = {},
): Promise<{ id: string; title: string; measures: { id: string; name: string }[] }> {
  const created = ok(
    await as(
      'director',
      'mutation ($i: CreateObjectiveInput!) { createObjective(input: $i) { id title measures { id name } } }',
      { i: makeObjectiveInput(over) },
    ),
  );
  return created.createObjective;
}

export async function newRisk(
  as: As,
  over: Partial<RiskVariables> = {},
): Promise<{ id: string; title: string; score: number }> {
  const created = ok(
    await as('director', 'mutation ($i: RiskInput!) { createRisk(input: $i) { id title score } }', {
      i: makeRiskInput(over),
    }),
  );
  return created.createRisk;
}
