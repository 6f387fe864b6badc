import { demoId, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, serviceUnderTest } from '@trustops/testing';
import { startStrategyRoadmap } from '../testing/start-strategy-roadmap';

const ASSESS =
  'mutation ($s: ID!, $t: ID!, $l: StandardLevel!) { assessStandard(schoolId: $s, standardId: $t, level: $l, evidence: "Checked on site") { level school { id } standard { code } } }';
const COVERAGE = '{ standardsCoverage { standard { code } met partlyMet notMet notAssessed } }';
const wireless = demoId('standard', 'WIRELESS');

describe('standards, risks and the refresh plan', () => {
  const { as } = serviceUnderTest(() => startStrategyRoadmap());

  it('has the DfE catalogue and every Northstar school assessed against it', async () => {
    const standards = (await as('governor', '{ standards { code title } }')).data!.standards;
    expect(standards.map((s: { code: string }) => s.code)).toEqual([
      'BROADBAND',
      'SWITCHING',
      'WIRELESS',
      'CYBER',
      'FILTERING',
      'LEADERSHIP',
      'SERVERS',
      'CLOUD',
      'DEVICES',
    ]);
    const coverage = (await as('governor', COVERAGE)).data!.standardsCoverage;
    for (const c of coverage) expect(c.met + c.partlyMet + c.notMet).toBe(12);
    expect((await as('director', '{ standardAssessments { level } }')).data!.standardAssessments).toHaveLength(12 * 9);
  });

  it("lets an engineer assess, not the CEO, and not another trust's school", async () => {
    const oak = NORTHSTAR.schools[0].id;
    expect((await as('engineer', ASSESS, { s: oak, t: wireless, l: 'NOT_MET' })).data!.assessStandard).toEqual({
      level: 'NOT_MET',
      school: { id: oak },
      standard: { code: 'WIRELESS' },
    });
    expect(errorCodes(await as('ceo', ASSESS, { s: oak, t: wireless, l: 'MET' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('engineer', ASSESS, { s: RIVERSIDE.schools[0].id, t: wireless, l: 'MET' }))).toEqual([
      'SCHOOL_NOT_FOUND',
    ]);
    expect(
      errorCodes(await as('engineer', ASSESS, { s: oak, t: '00000000-0000-4000-8000-000000000000', l: 'MET' })),
    ).toEqual(['STANDARD_NOT_FOUND']);
    const after = (
      await as('director', 'query ($s: ID!) { standardAssessments(schoolId: $s) { level standard { code } } }', {
        s: oak,
      })
    ).data!.standardAssessments;
    expect(after.find((a: { standard: { code: string } }) => a.standard.code === 'WIRELESS').level).toBe('NOT_MET');
  });

  it("turns a standard's gap into a proposed initiative for the schools that miss it", async () => {
    const gaps = (await as('director', '{ standardAssessments { level school { id } standard { code } } }'))
      .data!.standardAssessments.filter(
        (a: { level: string; standard: { code: string } }) => a.standard.code === 'WIRELESS' && a.level !== 'MET',
      )
      .map((a: { school: { id: string } }) => a.school.id);
    const made = (
      await as(
        'ceo',
        'mutation ($t: ID!) { turnGapIntoInitiative(standardId: $t) { title horizon status problem schools { id } } }',
        { t: wireless },
      )
    ).data!.turnGapIntoInitiative;
    expect(made).toMatchObject({ title: 'Meet the wireless network standard', horizon: 'NEXT', status: 'PROPOSED' });
    expect(made.schools.map((s: { id: string }) => s.id).sort()).toEqual(gaps.sort());
    expect(made.problem).toMatch(
      /^How can we meet the DfE wireless network standard at the \d+ schools? that do not yet\?/,
    );
    expect(
      errorCodes(
        await as('engineer', 'mutation ($t: ID!) { turnGapIntoInitiative(standardId: $t) { id } }', { t: wireless }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('keeps a risk register scored likelihood × impact, with incidents joined by id', async () => {
    const risks = (await as('governor', '{ risks { title score } }')).data!.risks;
    expect(risks).toHaveLength(10);
    expect(risks[0]).toEqual({ title: 'Ransomware encrypts school file servers', score: 15 });
    const create = 'mutation ($i: RiskInput!) { createRisk(input: $i) { id score } }';
    expect(errorCodes(await as('director', create, { i: { title: 'Too likely', likelihood: 6, impact: 2 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const risk = (
      await as('director', create, {
        i: {
          title: 'Power cut in the server room',
          likelihood: 2,
          impact: 4,
          initiativeIds: [demoId('initiative', 'Move file servers to the cloud')],
        },
      })
    ).data!.createRisk;
    expect(risk.score).toBe(8);
    const incidentId = demoId('incident', 'oak-filtering');
    const linked = await as(
      'director',
      'mutation ($r: ID!, $i: ID!) { linkRiskIncident(riskId: $r, incidentId: $i) { incidents { id } initiatives { title } } }',
      { r: risk.id, i: incidentId },
    );
    expect(linked.data!.linkRiskIncident).toEqual({
      incidents: [{ id: incidentId }],
      initiatives: [{ title: 'Move file servers to the cloud' }],
    });
    expect(errorCodes(await as('governor', create, { i: { title: 'x', likelihood: 1, impact: 1 } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('plans device refresh for five years per school', async () => {
    const plan = (await as('director', '{ deviceRefreshPlan { school { id } devices years { year devices cost } } }'))
      .data!.deviceRefreshPlan;
    expect(plan).toHaveLength(12);
    expect(plan[0].years).toHaveLength(5);
    expect(plan.every((p: { years: { cost: number }[] }) => p.years.some((y) => y.cost > 0))).toBe(true);
    expect(
      errorCodes(
        await as('director', 'mutation { setRefreshPolicy(deviceType: "LAPTOP", cycleYears: 40, unitCost: 500) }'),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
