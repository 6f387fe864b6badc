import { demoId, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { INITIATIVES, OBJECTIVES } from '../seed/demo-roadmap';
import { makeObjectiveInput, newInitiative, newObjective } from '../testing/factories';
import { startStrategyRoadmap } from '../testing/start-strategy-roadmap';

const ROADMAP =
  '{ roadmap { now { capitalCost initiatives { id title rag } } next { initiatives { id title } } later { initiatives { id } } } }';
const MOVE = 'mutation ($id: ID!, $h: Horizon!) { moveInitiative(id: $id, horizon: $h) { horizon } }';
const STATUS =
  'mutation ($id: ID!, $s: InitiativeStatus!, $r: Rag, $why: String) { setInitiativeStatus(id: $id, status: $s, rag: $r, reason: $why) { status rag ragReason } }';
const DEPEND =
  'mutation ($a: ID!, $b: ID!) { addInitiativeDependency(id: $a, dependsOnId: $b) { id dependsOn { id } } }';

type Row = { id: string; title: string; rag: string; status: string; dependsOn: { id: string }[] };
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
/** The demo initiatives of a lane (none is done or dropped, so all are live). */
const seeded = (lane: string) =>
  ids(INITIATIVES.filter((i) => i.lane === lane).map((i) => ({ id: demoId('initiative', i.title) })));
const RAG_RANK: Record<string, number> = { RED: 0, AMBER: 1, GREEN: 2 };

describe('the roadmap: objectives, initiatives and lanes', () => {
  const { as } = serviceUnderTest(() => startStrategyRoadmap());

  it('shows the demo initiatives in their lanes with cost totals, to everyone who may read it', async () => {
    const lanes = ok(await as('tech', ROADMAP)).roadmap;
    expect([ids(lanes.now.initiatives), ids(lanes.next.initiatives), ids(lanes.later.initiatives)]).toEqual([
      seeded('NOW'),
      seeded('NEXT'),
      seeded('LATER'),
    ]);
    expect(lanes.now.capitalCost).toBe(86000);
    expect(lanes.now.initiatives[0]).toMatchObject({ rag: 'RED' }); // red first
    const ranks = lanes.now.initiatives.map((i: Row) => RAG_RANK[i.rag]);
    expect(ranks).toEqual([...ranks].sort());
    expect(errorCodes(await as('tech', '{ objectives { id } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('reviewer', ROADMAP))).toEqual(['FORBIDDEN']);
  });

  it('lets the CEO move an initiative from NEXT to NOW, and not a governor or a technician', async () => {
    const made = await newInitiative(as, { title: 'Visualisers in every classroom' });
    expect(made.horizon).toBe('NEXT');
    expect(errorCodes(await as('governor', MOVE, { id: made.id, h: 'NOW' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('tech', MOVE, { id: made.id, h: 'NOW' }))).toEqual(['FORBIDDEN']);
    expect(ok(await as('ceo', MOVE, { id: made.id, h: 'NOW' })).moveInitiative.horizon).toBe('NOW');
    const lanes = ok(await as('governor', ROADMAP)).roadmap;
    expect(ids(lanes.now.initiatives)).toContain(made.id);
    expect(ids(lanes.next.initiatives)).not.toContain(made.id);
  });

  it('wants a reason for amber and red, and refuses a jump to DONE, writing nothing', async () => {
    const running = await newInitiative(as, { title: 'Staff app roll-out' });
    for (const s of ['APPROVED', 'IN_PROGRESS'])
      expect(ok(await as('director', STATUS, { id: running.id, s })).setInitiativeStatus.status).toBe(s);
    const proposed = await newInitiative(as, { title: 'Lanyards with door passes' });

    const noReason = await as('director', STATUS, { id: running.id, s: 'IN_PROGRESS', r: 'RED' });
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].extensions).toMatchObject({ category: 'BAD_USER_INPUT', field: 'reason' });
    const jump = await as('director', STATUS, { id: proposed.id, s: 'DONE' });
    expect(errorCodes(jump)).toEqual(['INITIATIVE_STATUS_MOVE']);
    expect(jump.errors![0].extensions).toMatchObject({ category: 'CONFLICT', initiativeId: proposed.id });
    expect(jump.errors![0].message).toBe('A PROPOSED initiative can become APPROVED or DROPPED, not DONE');

    const mine: Row[] = ok(await as('director', '{ initiatives { id status rag } }')).initiatives;
    expect(mine.find((i) => i.id === running.id)).toMatchObject({ status: 'IN_PROGRESS', rag: 'GREEN' });
    expect(mine.find((i) => i.id === proposed.id)).toMatchObject({ status: 'PROPOSED', rag: 'GREEN' });
    expect(
      ok(
        await as('director', STATUS, {
          id: running.id,
          s: 'IN_PROGRESS',
          r: 'AMBER',
          why: 'Two schools lack phones for the app',
        }),
      ).setInitiativeStatus,
    ).toEqual({ status: 'IN_PROGRESS', rag: 'AMBER', ragReason: 'Two schools lack phones for the app' });
  });

  it('refuses a dependency cycle, naming the loop', async () => {
    const fibre = await newInitiative(as, { title: 'Fibre between sites' });
    const switches = await newInitiative(as, { title: 'Core switches' });
    const wifi = await newInitiative(as, { title: 'Wi-Fi upgrade' });
    expect(ok(await as('director', DEPEND, { a: wifi.id, b: switches.id })).addInitiativeDependency.dependsOn).toEqual([
      { id: switches.id },
    ]);
    ok(await as('director', DEPEND, { a: switches.id, b: fibre.id }));
    const loop = await as('director', DEPEND, { a: fibre.id, b: wifi.id });
    expect(errorCodes(loop)).toEqual(['DEPENDENCY_CYCLE']);
    expect(loop.errors![0].extensions).toMatchObject({
      category: 'CONFLICT',
      loop: [fibre.id, wifi.id, switches.id, fibre.id],
    });
    expect(loop.errors![0].message).toBe(
      '"Fibre between sites" cannot depend on "Wi-Fi upgrade": that would make a loop ' +
        '(Fibre between sites → Wi-Fi upgrade → Core switches → Fibre between sites)',
    );
    const after: Row[] = ok(await as('director', '{ initiatives { id dependsOn { id } } }')).initiatives;
    expect(after.find((i) => i.id === fibre.id)!.dependsOn).toEqual([]);
  });

  it('creates objectives with measures, refuses an unknown unit, and charts each update', async () => {
    const create =
      'mutation ($i: CreateObjectiveInput!) { createObjective(input: $i) { id measures { id name current history { value } } } }';
    const count = async () => ok(await as('ceo', '{ objectives { id } }')).objectives.length;
    const before = await count();
    const bad = await as('ceo', create, {
      i: makeObjectiveInput({
        title: 'Innovation',
        measures: [{ name: 'Pilots run', unit: 'BANANAS', baseline: 0, target: 5 }],
      }),
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].message).toMatch(/"BANANAS" is not a unit/);
    expect(await count()).toBe(before);
    const made = ok(
      await as('ceo', create, {
        i: makeObjectiveInput({
          title: 'Innovation',
          measures: [{ name: 'Pilots run', unit: 'COUNT', baseline: 0, target: 5 }],
        }),
      }),
    ).createObjective;
    const measure = made.measures[0].id;
    ok(
      await as(
        'ceo',
        'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 2, recordedOn: "2026-11-01") { current } }',
        { m: measure },
      ),
    );
    const updated = await as(
      'ceo',
      'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 3) { current history { value } } }',
      { m: measure },
    );
    expect(ok(updated).updateMeasure.history.map((h: { value: number }) => h.value)).toEqual([2, 3]);
    const objectives = ok(
      await as(
        'governor',
        '{ objectives { title measures { name baseline target current progress } initiatives { id } } }',
      ),
    ).objectives;
    const titles = objectives.map((o: { title: string }) => o.title);
    expect(titles.slice(0, OBJECTIVES.length)).toEqual(OBJECTIVES.map((o) => o.title)); // the demo's, in order
    expect(titles.filter((t: string) => t === 'Innovation')).toHaveLength(1); // the refused one left nothing
    expect(objectives.find((o: { title: string }) => o.title === 'Innovation').measures).toEqual([
      { name: 'Pilots run', baseline: 0, target: 5, current: 3, progress: 0.6 },
    ]);
    const safety = objectives.find((o: { title: string }) => o.title === 'Safety and security');
    expect(ids(safety.initiatives)).toEqual(
      ids(
        INITIATIVES.filter((i) => i.objectives.includes('safety')).map((i) => ({ id: demoId('initiative', i.title) })),
      ),
    );
    expect(
      errorCodes(
        await as('governor', 'mutation ($m: ID!) { updateMeasure(measureId: $m, current: 4) { current } }', {
          m: measure,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('creates an initiative for some schools and filters by school and objective', async () => {
    const [oak, other] = [NORTHSTAR.schools[0].id, NORTHSTAR.schools[1].id];
    const objective = await newObjective(as, { title: 'Classroom practice' });
    const made = await as(
      'director',
      'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id horizon status schools { id } } }',
      {
        i: {
          title: 'Visualisers for Oakfield',
          problem: "How can teachers show pupils' books to the class?",
          schoolIds: [oak],
          objectiveIds: [objective.id],
          capitalCost: 1200,
        },
      },
    );
    expect(ok(made).createInitiative).toMatchObject({ horizon: 'NEXT', status: 'PROPOSED', schools: [{ id: oak }] });
    const trustWide = await newInitiative(as, { title: 'Coaching for all teachers', objectiveIds: [objective.id] });
    const filter = async (s: string) =>
      ok(
        await as(
          'director',
          'query ($s: ID!, $o: ID!) { initiatives(filter: { schoolId: $s, objectiveId: $o }) { title } }',
          {
            s,
            o: objective.id,
          },
        ),
      )
        .initiatives.map((i: { title: string }) => i.title)
        .sort();
    expect(await filter(oak)).toEqual(['Coaching for all teachers', 'Visualisers for Oakfield']);
    expect(await filter(other)).toEqual([trustWide.title]);
    expect(
      errorCodes(
        await as('director', 'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
          i: { title: 'Costly', problem: 'How?', capitalCost: -5 },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
