import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { randomUUID } from 'node:crypto';
import { startChangeManagement } from './testing/start-change-management';

const oakfield = NORTHSTAR.schools[0];

const cases = [
  {
    title: 'createChange',
    who: 'engineer' as const,
    field: 'createChange',
    list: '{ changes { id } }',
    mutation: 'mutation ($i: CreateChangeInput!, $k: String) { createChange(input: $i, idempotencyKey: $k) { id } }',
    input: {
      title: 'Replace the Oakfield core switch',
      schoolIds: [oakfield.id],
      classroomImpact: false,
      risk: 'LOW',
      plan: 'Swap after school',
      backoutPlan: 'Swap back',
    },
  },
  {
    title: 'openIncident',
    who: 'engineer' as const,
    field: 'openIncident',
    list: '{ incidents { id } }',
    mutation: 'mutation ($i: OpenIncidentInput!, $k: String) { openIncident(input: $i, idempotencyKey: $k) { id } }',
    input: { title: 'Wi-Fi down in the Oakfield hall', type: 'OUTAGE', severity: 'SEV3', schoolIds: [oakfield.id] },
  },
  {
    title: 'raiseTechRequest',
    who: 'teacher' as const,
    field: 'raiseTechRequest',
    list: '{ techRequests { id } }',
    mutation:
      'mutation ($i: RaiseTechRequestInput!, $k: String) { raiseTechRequest(input: $i, idempotencyKey: $k) { id } }',
    input: {
      schoolId: oakfield.id,
      kind: 'APP',
      title: 'Kahoot for quizzes',
      goal: 'Quick recap quizzes',
      reason: 'Pupils like it',
      appName: 'Kahoot',
      vendor: 'Kahoot!',
    },
  },
];

describe('idempotency keys on change management create mutations', () => {
  const { as } = serviceUnderTest(() => startChangeManagement());

  it.each(cases)(
    '$title: a retry with the same key returns the first result and writes once; another body is IDEMPOTENCY_KEY_REUSED',
    async (c) => {
      const k = randomUUID();
      const before = Object.values(ok(await as(c.who, c.list)))[0] as { id: string }[];
      const first = ok(await as(c.who, c.mutation, { i: c.input, k }))[c.field];
      expect(ok(await as(c.who, c.mutation, { i: c.input, k }))[c.field]).toEqual(first);
      expect(
        errorCodes(await as(c.who, c.mutation, { i: { ...c.input, title: `${c.input.title} (edited)` }, k })),
      ).toEqual(['IDEMPOTENCY_KEY_REUSED']);
      const after = Object.values(ok(await as(c.who, c.list)))[0] as { id: string }[];
      expect(after.length).toBe(before.length + 1);
      expect(after.filter((row) => row.id === first.id)).toHaveLength(1);
    },
  );
});
