import { demoId, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { DFE_STANDARDS } from './standards/dfe-standards';
import { startStrategyRoadmap } from './testing/start-strategy-roadmap';

const oak = NORTHSTAR.schools[0].id;
const ids = {
  initiative: demoId('initiative', 'Laptop refresh for teaching staff'),
  other: demoId('initiative', 'Backup broadband at every school'),
  measure: demoId('measure', 'parents', 'Parents using the school app monthly'),
  objective: demoId('objective', 'parents'),
  risk: demoId('risk', 'Key technician leaves'),
  standard: demoId('standard', 'CYBER'),
};

/** Every mutation of the roadmap, as another trust's IT director, against Northstar's rows. */
const ATTEMPTS: [string, string, Record<string, unknown>, string][] = [
  [
    'moveInitiative',
    'mutation ($id: ID!) { moveInitiative(id: $id, horizon: NOW) { id } }',
    { id: ids.initiative },
    'INITIATIVE_NOT_FOUND',
  ],
  [
    'setInitiativeStatus',
    'mutation ($id: ID!) { setInitiativeStatus(id: $id, status: DROPPED) { id } }',
    { id: ids.initiative },
    'INITIATIVE_NOT_FOUND',
  ],
  [
    'addInitiativeDependency',
    'mutation ($a: ID!, $b: ID!) { addInitiativeDependency(id: $a, dependsOnId: $b) { id } }',
    { a: ids.initiative, b: ids.other },
    'INITIATIVE_NOT_FOUND',
  ],
  [
    'addMilestone',
    'mutation ($id: ID!) { addMilestone(id: $id, title: "x", dueOn: "2027-01-01") { id } }',
    { id: ids.initiative },
    'INITIATIVE_NOT_FOUND',
  ],
  [
    'updateMeasure',
    'mutation ($id: ID!) { updateMeasure(measureId: $id, current: 1) { id } }',
    { id: ids.measure },
    'MEASURE_NOT_FOUND',
  ],
  [
    'addMeasure',
    'mutation ($id: ID!) { addMeasure(objectiveId: $id, input: { name: "x", unit: "COUNT", baseline: 0, target: 1 }) { id } }',
    { id: ids.objective },
    'OBJECTIVE_NOT_FOUND',
  ],
  [
    'createInitiative',
    'mutation ($o: ID!) { createInitiative(input: { title: "x", problem: "How?", objectiveIds: [$o] }) { id } }',
    { o: ids.objective },
    'OBJECTIVE_NOT_FOUND',
  ],
  [
    'createInitiative for a school',
    'mutation ($s: ID!) { createInitiative(input: { title: "x", problem: "How?", schoolIds: [$s] }) { id } }',
    { s: oak },
    'SCHOOL_NOT_FOUND',
  ],
  [
    'assessStandard',
    'mutation ($s: ID!, $t: ID!) { assessStandard(schoolId: $s, standardId: $t, level: MET) { level } }',
    { s: oak, t: ids.standard },
    'SCHOOL_NOT_FOUND',
  ],
  [
    'updateRisk',
    'mutation ($id: ID!) { updateRisk(id: $id, input: { title: "x", likelihood: 1, impact: 1 }) { id } }',
    { id: ids.risk },
    'RISK_NOT_FOUND',
  ],
  [
    'linkRiskIncident',
    'mutation ($id: ID!) { linkRiskIncident(riskId: $id, incidentId: $id) { id } }',
    { id: ids.risk },
    'RISK_NOT_FOUND',
  ],
  [
    'setDeviceCount',
    'mutation ($s: ID!) { setDeviceCount(schoolId: $s, deviceType: "LAPTOP", purchasedYear: 2024, count: 1) }',
    { s: oak },
    'SCHOOL_NOT_FOUND',
  ],
  [
    'deviceRefreshPlan',
    'query ($s: ID!) { deviceRefreshPlan(schoolId: $s) { devices } }',
    { s: oak },
    'SCHOOL_NOT_FOUND',
  ],
];

describe('another trust, against every query and mutation of the roadmap', () => {
  const { as } = serviceUnderTest(() => startStrategyRoadmap());

  it.each(ATTEMPTS)('%s: refused as not found', async (_name, query, variables, code) => {
    const answer = await as('riverside', query, variables);
    expect(errorCodes(answer)).toEqual([code]);
    expect(answer.errors![0].extensions).toMatchObject({ category: 'NOT_FOUND' });
  });

  it('reads nothing of Northstar and leaves it as it was', async () => {
    const theirs = ok(
      await as(
        'riverside',
        '{ objectives { id } initiatives { id } risks { id } standardAssessments { level } deviceRefreshPlan { devices } roadmap { now { initiatives { id } } next { initiatives { id } } } }',
      ),
    );
    expect(theirs).toEqual({
      objectives: [],
      initiatives: [],
      risks: [],
      standardAssessments: [],
      deviceRefreshPlan: [],
      roadmap: { now: { initiatives: [] }, next: { initiatives: [] } },
    });
    const coverage = ok(
      await as('riverside', '{ standardsCoverage { met partlyMet notMet notAssessed } }'),
    ).standardsCoverage;
    // Riverside has assessed nothing: every standard is not yet assessed at each of its own schools.
    expect(coverage).toEqual(
      DFE_STANDARDS.map(() => ({ met: 0, partlyMet: 0, notMet: 0, notAssessed: RIVERSIDE.schools.length })),
    );
    const mine = ok(await as('director', '{ initiatives(filter: { horizon: NEXT }) { id status } }')).initiatives;
    expect(mine.find((i: { id: string }) => i.id === ids.initiative)).toEqual({
      id: ids.initiative,
      status: 'PROPOSED',
    });
  });
});
