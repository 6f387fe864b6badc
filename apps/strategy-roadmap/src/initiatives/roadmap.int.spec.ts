import { demoId, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, serviceUnderTest } from '@trustops/testing';
import { startStrategyRoadmap } from '../testing/start-strategy-roadmap';

const ROADMAP =
  '{ roadmap { now { capitalCost initiatives { id title rag } } next { initiatives { id title } } later { initiatives { id } } } }';
const MOVE = 'mutation ($id: ID!, $h: Horizon!) { moveInitiative(id: $id, horizon: $h) { horizon } }';
const STATUS =
  'mutation ($id: ID!, $s: InitiativeStatus!, $r: Rag, $why: String) { setInitiativeStatus(id: $id, status: $s, rag: $r, reason: $why) { status rag ragReason } }';
const laptops = demoId('initiative', 'Laptop refresh for teaching staff');
const wifi = demoId('initiative', 'Replace end-of-life Wi-Fi in primaries');
const mfa = demoId('initiative', 'Multi-factor authentication for all staff');

describe('the roadmap: objectives, initiatives and lanes', () => {
  const { as } = serviceUnderTest(() => startStrategyRoadmap());

  it('shows the demo initiatives in their lanes with cost totals, to everyone who may read it', async () => {
    const lanes = (await as('tech', ROADMAP)).data!.roadmap;
    expect([lanes.now.initiatives.length, lanes.next.initiatives.length, lanes.later.initiatives.length]).toEqual([
      6, 5, 4,
    ]);
    expect(lanes.now.capitalCost).toBe(86000);
    expect(lanes.now.initiatives[0]).toMatchObject({ rag: 'RED' }); // red first
    expect(errorCodes(await as('tech', '{ objectives { id } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('reviewer', ROADMAP))).toEqual(['FORBIDDEN']);
  });

  it('lets the CEO move an initiative from NEXT to NOW, and not a governor or a technician', async () => {
    expect(errorCodes(await as('governor', MOVE, { id: laptops, h: 'NOW' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('tech', MOVE, { id: laptops, h: 'NOW' }))).toEqual(['FORBIDDEN']);
    expect((await as('ceo', MOVE, { id: laptops, h: 'NOW' })).data!.moveInitiative.horizon).toBe('NOW');
    const now = (await as('governor', ROADMAP)).data!.roadmap.now.initiatives.map((i: { id: string }) => i.id);
    expect(now).toContain(laptops);
  });

  it('wants a reason for amber and red, and refuses a jump to DONE, writing nothing', async () => {
    expect(errorCodes(await as('director', STATUS, { id: mfa, s: 'IN_PROGRESS', r: 'RED' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await as('director', STATUS, { id: laptops, s: 'DONE' }))).toEqual(['INITIATIVE_STATUS_MOVE']);
    const mine = await as('director', '{ initiatives(filter: { status: IN_PROGRESS }) { id rag } }');
    expect(mine.data!.initiatives.find((i: { id: string }) => i.id === mfa).rag).toBe('GREEN');
    expect(
      (
        await as('director', STATUS, {
          id: mfa,
          s: 'IN_PROGRESS',
          r: 'AMBER',
          why: 'Two schools lack phones for the app',
        })
      ).data!.setInitiativeStatus,
    ).toEqual({ status: 'IN_PROGRESS', rag: 'AMBER', ragReason: 'Two schools lack phones for the app' });
  });

  it('refuses a dependency cycle, naming the loop', async () => {
    const dep =
      'mutation ($a: ID!, $b: ID!) { addInitiativeDependency(id: $a, dependsOnId: $b) { id dependsOn { id } } }';
    expect((await as('director', dep, { a: laptops, b: wifi })).data!.addInitiativeDependency.dependsOn).toEqual([
      { id: wifi },
    ]);
    await as('director', dep, { a: wifi, b: mfa });
    const loop = await as('director', dep, { a: mfa, b: laptops });
    expect(errorCodes(loop)).toEqual(['DEPENDENCY_CYCLE']);
    expect(loop.errors![0].message).toMatch(
      /Multi-factor authentication .* → Laptop refresh .* → Replace end-of-life Wi-Fi .* → Multi-factor/,
    );
    const after = await as('director', '{ initiatives { id dependsOn { id } } }');
    expect(after.data!.initiatives.find((i: { id: string }) => i.id === mfa).dependsOn).toEqual([]);
  });

  it('creates objectives with measures, refuses an unknown unit, and charts each update', async () => {
    const create =
      'mutation ($i: CreateObjectiveInput!) { createObjective(input: $i) { id measures { id name current history { value } } } }';
    const before = (await as('ceo', '{ objectives { id } }')).data!.objectives.length;
    const bad = await as('ceo', create, {
      i: { title: 'Innovation', measures: [{ name: 'Pilots run', unit: 'BANANAS', baseline: 0, target: 5 }] },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].message).toMatch(/"BANANAS" is not a unit/);
    expect((await as('ceo', '{ objectives { id } }')).data!.objectives).toHaveLength(before);
    const made = (
      await as('ceo', create, {
        i: { title: 'Innovation', measures: [{ name: 'Pilots run', unit: 'COUNT', baseline: 0, target: 5 }] },
      })
    ).data!.createObjective;
    const measure = made.measures[0].id;
    await as(
      'ceo',
      'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 2, recordedOn: "2026-11-01") { current } }',
      { m: measure },
    );
    const updated = await as(
      'ceo',
      'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 3) { current history { value } } }',
      { m: measure },
    );
    expect(updated.data!.updateMeasure.history.map((h: { value: number }) => h.value)).toEqual([2, 3]);
    const objectives = (
      await as(
        'governor',
        '{ objectives { title measures { name baseline target current progress } initiatives { id } } }',
      )
    ).data!.objectives;
    expect(objectives).toHaveLength(6);
    expect(
      objectives.find((o: { title: string }) => o.title === 'Safety and security').initiatives.length,
    ).toBeGreaterThan(0);
    expect(
      errorCodes(
        await as('governor', 'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 4) { current } }', {
          m: measure,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('creates an initiative for some schools and filters by school and objective', async () => {
    const oak = NORTHSTAR.schools[0].id;
    const made = await as(
      'director',
      'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id horizon status schools { id } } }',
      {
        i: {
          title: 'Visualisers for Oakfield',
          problem: "How can teachers show pupils' books to the class?",
          schoolIds: [oak],
          objectiveIds: [demoId('objective', 'experience')],
          capitalCost: 1200,
        },
      },
    );
    expect(made.data!.createInitiative).toMatchObject({ horizon: 'NEXT', status: 'PROPOSED', schools: [{ id: oak }] });
    const filtered = (
      await as(
        'director',
        'query ($s: ID!, $o: ID!) { initiatives(filter: { schoolId: $s, objectiveId: $o }) { title } }',
        { s: NORTHSTAR.schools[1].id, o: demoId('objective', 'experience') },
      )
    ).data!.initiatives.map((i: { title: string }) => i.title);
    expect(filtered).not.toContain('Visualisers for Oakfield');
    expect(
      errorCodes(
        await as('director', 'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
          i: { title: 'Costly', problem: 'How?', capitalCost: -5 },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
