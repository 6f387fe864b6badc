import { demoId, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { RISKS } from '../seed/demo-roadmap';
import { makeRiskInput, newRisk } from '../testing/factories';
import { startStrategyRoadmap } from '../testing/start-strategy-roadmap';
import { DFE_STANDARDS } from './dfe-standards';

const ASSESS =
  'mutation ($s: ID!, $t: ID!, $l: StandardLevel!) { assessStandard(schoolId: $s, standardId: $t, level: $l, evidence: "Checked on site") { level school { id } standard { code } } }';
const COVERAGE = '{ standardsCoverage { standard { code } met partlyMet notMet notAssessed } }';
const wireless = demoId('standard', 'WIRELESS');
const schools = NORTHSTAR.schools.length;

describe('standards, risks and the refresh plan', () => {
  const { as } = serviceUnderTest(() => startStrategyRoadmap());

  it('has the DfE catalogue and every Northstar school assessed against it', async () => {
    const standards = ok(await as('governor', '{ standards { code title } }')).standards;
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
    const coverage = ok(await as('governor', COVERAGE)).standardsCoverage;
    expect(coverage).toHaveLength(DFE_STANDARDS.length);
    for (const c of coverage) {
      expect(c.met + c.partlyMet + c.notMet).toBe(schools);
      expect(c.notAssessed).toBe(0);
    }
    expect(ok(await as('director', '{ standardAssessments { level } }')).standardAssessments).toHaveLength(
      schools * DFE_STANDARDS.length,
    );
  });

  it("lets an engineer assess, not the CEO, and not another trust's school", async () => {
    const oak = NORTHSTAR.schools[0].id;
    expect(ok(await as('engineer', ASSESS, { s: oak, t: wireless, l: 'NOT_MET' })).assessStandard).toEqual({
      level: 'NOT_MET',
      school: { id: oak },
      standard: { code: 'WIRELESS' },
    });
    expect(errorCodes(await as('ceo', ASSESS, { s: oak, t: wireless, l: 'MET' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('engineer', ASSESS, { s: RIVERSIDE.schools[0].id, t: wireless, l: 'MET' }))).toEqual([
      'SCHOOL_NOT_FOUND',
    ]);
    const unknown = await as('engineer', ASSESS, { s: oak, t: '00000000-0000-4000-8000-000000000000', l: 'MET' });
    expect(errorCodes(unknown)).toEqual(['STANDARD_NOT_FOUND']);
    expect(unknown.errors![0].extensions).toMatchObject({ category: 'NOT_FOUND' });
    const after = ok(
      await as(
        'director',
        'query ($s: ID!) { standardAssessments(schoolId: $s) { level evidence standard { code } } }',
        {
          s: oak,
        },
      ),
    ).standardAssessments;
    expect(after).toHaveLength(DFE_STANDARDS.length);
    expect(after.find((a: { standard: { code: string } }) => a.standard.code === 'WIRELESS')).toEqual({
      level: 'NOT_MET',
      evidence: 'Checked on site',
      standard: { code: 'WIRELESS' },
    });
  });

  it("turns a standard's gap into a proposed initiative for the schools that miss it", async () => {
    const gaps = ok(await as('director', '{ standardAssessments { level school { id } standard { code } } }'))
      .standardAssessments.filter(
        (a: { level: string; standard: { code: string } }) => a.standard.code === 'WIRELESS' && a.level !== 'MET',
      )
      .map((a: { school: { id: string } }) => a.school.id);
    const made = ok(
      await as(
        'ceo',
        'mutation ($t: ID!) { turnGapIntoInitiative(standardId: $t) { title horizon status problem schools { id } } }',
        { t: wireless },
      ),
    ).turnGapIntoInitiative;
    expect(made).toMatchObject({ title: 'Meet the wireless network standard', horizon: 'NEXT', status: 'PROPOSED' });
    expect(made.schools.map((s: { id: string }) => s.id).sort()).toEqual(gaps.sort());
    expect(made.problem).toMatch(
      new RegExp(
        `^How can we meet the DfE wireless network standard at the ${gaps.length} schools? that do not yet\\?`,
      ),
    );
    expect(
      errorCodes(
        await as('engineer', 'mutation ($t: ID!) { turnGapIntoInitiative(standardId: $t) { id } }', { t: wireless }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('keeps a risk register scored likelihood × impact, with incidents joined by id', async () => {
    const risks = ok(await as('governor', '{ risks { title score } }')).risks;
    expect(risks.map((r: { title: string }) => r.title).sort()).toEqual(RISKS.map(([title]) => title).sort());
    expect(risks[0]).toEqual({ title: 'Ransomware encrypts school file servers', score: 15 });
    const create = 'mutation ($i: RiskInput!) { createRisk(input: $i) { id score } }';
    const tooLikely = await as('director', create, { i: makeRiskInput({ title: 'Too likely', likelihood: 6 }) });
    expect(errorCodes(tooLikely)).toEqual(['BAD_USER_INPUT']);
    expect(tooLikely.errors![0].extensions).toMatchObject({ field: 'likelihood' });
    const risk = await newRisk(as, {
      title: 'Power cut in the server room',
      likelihood: 2,
      impact: 4,
      initiativeIds: [demoId('initiative', 'Move file servers to the cloud')],
    });
    expect(risk.score).toBe(8);
    const incidentId = demoId('incident', 'oak-filtering');
    const linked = await as(
      'director',
      'mutation ($r: ID!, $i: ID!) { linkRiskIncident(riskId: $r, incidentId: $i) { incidents { id } initiatives { title } } }',
      { r: risk.id, i: incidentId },
    );
    expect(ok(linked).linkRiskIncident).toEqual({
      incidents: [{ id: incidentId }],
      initiatives: [{ title: 'Move file servers to the cloud' }],
    });
    expect(errorCodes(await as('governor', create, { i: makeRiskInput() }))).toEqual(['FORBIDDEN']);
  });

  it('plans device refresh for five years per school', async () => {
    const plan = ok(
      await as('director', '{ deviceRefreshPlan { school { id } devices years { year devices cost } } }'),
    ).deviceRefreshPlan;
    expect(plan.map((p: { school: { id: string } }) => p.school.id).sort()).toEqual(
      NORTHSTAR.schools.map((s) => s.id).sort(),
    );
    const year = new Date().getUTCFullYear();
    for (const p of plan)
      expect(p.years.map((y: { year: number }) => y.year)).toEqual([0, 1, 2, 3, 4].map((i) => year + i));
    expect(plan.every((p: { years: { cost: number }[] }) => p.years.some((y) => y.cost > 0))).toBe(true);
    const tooLong = await as(
      'director',
      'mutation { setRefreshPolicy(deviceType: "LAPTOP", cycleYears: 40, unitCost: 500) }',
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors![0].extensions).toMatchObject({ field: 'cycleYears' });
  });
});
