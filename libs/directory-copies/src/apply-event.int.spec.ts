import { EventEnvelope } from '@trustops/contracts';
import { createTestDatabase, TestDatabase } from '@trustops/testing';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { applyDirectoryEvent } from './apply-event';
import { directoryCopiesSql, memberRefStatusSql, memberRefTokensSql, schoolRefClosedAtSql } from './copies-sql';
import { readMember, readSchool } from './read';

// Any service's schema will do: the copies are the same tables in each.
const S = 'strategy_roadmap';
const TRUST = '6f1c2a52-4f0e-4b8e-9d43-0a7c1b2e3f40';
const SCHOOL = '0b6d7e1a-2c3f-4a5b-8c9d-1e2f3a4b5c6d';

const envelope = (type: string, payload: object, id: string): EventEnvelope =>
  ({ id, type, trustId: TRUST, payload, occurredAt: new Date().toISOString() }) as unknown as EventEnvelope;

describe('applyDirectoryEvent: school.added and school.closed', () => {
  let db: TestDatabase;
  let client: Client;
  /** Runs `work` as the service's app role in the trust, as a consumer does (RLS on). */
  const inTrust = async <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => {
    await client.query('BEGIN');
    await client.query(`SET LOCAL ROLE ${S}_app`);
    await client.query(`SELECT set_config('app.trust_id', $1, true)`, [TRUST]);
    const em = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows };
    try {
      return await work(em as unknown as EntityManager);
    } finally {
      await client.query('COMMIT');
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase([S]);
    client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    for (const sql of [
      ...directoryCopiesSql(S),
      ...schoolRefClosedAtSql(S),
      ...memberRefStatusSql(S),
      ...memberRefTokensSql(S),
    ])
      await client.query(sql);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('adds the school once, keeps a later rename over a redelivered add, and keeps the first close date', async () => {
    const added = envelope(
      'school.added',
      { schoolId: SCHOOL, name: 'Meadow Lane Primary', urn: '171001', phase: 'PRIMARY', localAuthority: 'Leeds' },
      '11111111-1111-4111-8111-111111111111',
    );
    await inTrust((em) => applyDirectoryEvent(S, added, em));
    expect(await inTrust((em) => readSchool(em, S, SCHOOL))).toEqual({
      id: SCHOOL,
      name: 'Meadow Lane Primary',
      phase: 'PRIMARY',
      closedAt: null,
    });
    const renamed = envelope(
      'school.updated',
      { schoolId: SCHOOL, name: 'Meadow Lane Academy', phase: 'PRIMARY', changes: { name: 'Meadow Lane Academy' } },
      '22222222-2222-4222-8222-222222222222',
    );
    await inTrust((em) => applyDirectoryEvent(S, renamed, em));
    await inTrust((em) => applyDirectoryEvent(S, added, em));
    expect((await inTrust((em) => readSchool(em, S, SCHOOL)))?.name).toBe('Meadow Lane Academy');

    const closedAt = '2027-03-31T15:00:00.000Z';
    const closed = envelope('school.closed', { schoolId: SCHOOL, closedAt }, '33333333-3333-4333-8333-333333333333');
    await inTrust((em) => applyDirectoryEvent(S, closed, em));
    const replay = envelope(
      'school.closed',
      { schoolId: SCHOOL, closedAt: '2027-04-30T15:00:00.000Z' },
      '44444444-4444-4444-8444-444444444444',
    );
    await inTrust((em) => applyDirectoryEvent(S, replay, em));
    await inTrust((em) => applyDirectoryEvent(S, closed, em));
    const copy = await inTrust((em) => readSchool(em, S, SCHOOL));
    expect(copy?.closedAt?.toISOString()).toBe(closedAt);
    const { rows } = await client.query(`SELECT count(*)::int AS n, min(trust_id::text) AS trust FROM ${S}.school_ref`);
    expect(rows[0]).toEqual({ n: 1, trust: TRUST });
  });

  it('keeps a member copy as membership.changed last described it: joined, rescoped, suspended', async () => {
    const userId = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
    const member = { userId, displayName: 'Dana Fox', role: 'TECHNICIAN', schoolIds: [SCHOOL], educatorLead: false };
    const changed = (payload: object, id: string) => envelope('membership.changed', { ...member, ...payload }, id);
    await inTrust((em) =>
      applyDirectoryEvent(S, changed({ status: 'ACTIVE' }, '44444444-4444-4444-8444-444444444444'), em),
    );
    expect(await inTrust((em) => readMember(em, S, userId))).toEqual({ ...member, status: 'ACTIVE' });
    await inTrust((em) =>
      applyDirectoryEvent(
        S,
        changed({ schoolIds: null, status: 'SUSPENDED' }, '55555555-5555-4555-8555-555555555555'),
        em,
      ),
    );
    expect(await inTrust((em) => readMember(em, S, userId))).toEqual({
      ...member,
      schoolIds: null,
      status: 'SUSPENDED',
    });
    const from = '2026-12-07T10:00:01.000Z';
    await inTrust((em) =>
      applyDirectoryEvent(
        S,
        changed({ status: 'ACTIVE', tokensValidFrom: from }, '66666666-6666-4666-8666-666666666666'),
        em,
      ),
    );
    const { rows } = await client.query(`SELECT tokens_valid_from FROM ${S}.member_ref WHERE user_id = $1`, [userId]);
    expect(rows[0].tokens_valid_from.toISOString()).toBe(from);
  });
});
