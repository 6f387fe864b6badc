import { EventEnvelope } from '@trustops/contracts';
import { DEMO_TRUSTS, demoUser } from '@trustops/demo-data';
import { createTestDatabase, TestDatabase } from '@trustops/testing';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { applyDirectoryEvent } from './apply-event';
import {
  directoryCopiesSql,
  memberRefEmailSql,
  memberRefStatusSql,
  memberRefTokensSql,
  schoolRefClosedAtSql,
} from './copies-sql';
import { demoDirectoryEvents, seedDirectoryCopies } from './seed';
import { readMember, readSchool } from './read';

// Any service's schema will do: the copies are the same tables in each.
const S = 'strategy_roadmap';
const TRUST = '6f1c2a52-4f0e-4b8e-9d43-0a7c1b2e3f40';
const SCHOOL = '0b6d7e1a-2c3f-4a5b-8c9d-1e2f3a4b5c6d';

const envelope = (type: string, payload: object, id: string, occurredAt = new Date().toISOString()): EventEnvelope =>
  ({ id, type, trustId: TRUST, payload, occurredAt }) as unknown as EventEnvelope;

describe('applyDirectoryEvent and the demo seed', () => {
  let db: TestDatabase;
  let client: Client;
  /** Runs `work` as the service's app role in the trust, as a consumer does (RLS on). */
  const inTrust = async <T>(work: (em: EntityManager) => Promise<T>, trustId = TRUST): Promise<T> => {
    await client.query('BEGIN');
    await client.query(`SET LOCAL ROLE ${S}_app`);
    await client.query(`SELECT set_config('app.trust_id', $1, true)`, [trustId]);
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
      ...memberRefEmailSql(S),
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
    const member = {
      userId,
      displayName: 'Dana Fox',
      email: 'dana@meadow.example',
      role: 'TECHNICIAN',
      schoolIds: [SCHOOL],
      educatorLead: false,
    };
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

  it('keeps the latest change: an older or redelivered event changes nothing; user.updated renames', async () => {
    const userId = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';
    const member = { userId, displayName: 'Sam Lee', email: 'sam@meadow.example', role: 'TECHNICIAN', schoolIds: null };
    const at = (minute: number) => `2026-12-07T10:0${minute}:00.000Z`;
    const apply = (type: string, payload: object, minute: number) =>
      inTrust((em) => applyDirectoryEvent(S, envelope(type, payload, crypto.randomUUID(), at(minute)), em));
    const base = { ...member, educatorLead: false };
    await apply('membership.changed', { ...base, status: 'ACTIVE' }, 1);
    await apply('membership.changed', { ...base, status: 'SUSPENDED' }, 3);
    await apply('membership.changed', { ...base, role: 'ENGINEER', status: 'ACTIVE' }, 2);
    expect(await inTrust((em) => readMember(em, S, userId))).toEqual({ ...base, status: 'SUSPENDED' });

    await apply('user.updated', { userId, displayName: 'Sam Lee-Ward', email: 'sam.ward@meadow.example' }, 4);
    await apply('user.updated', { userId, displayName: 'Sam L.', email: 'old@meadow.example' }, 2);
    expect(await inTrust((em) => readMember(em, S, userId))).toMatchObject({
      displayName: 'Sam Lee-Ward',
      email: 'sam.ward@meadow.example',
      status: 'SUSPENDED',
    });
  });

  it('seeds the demo through the same events (each trust its own bank holidays), and a later start never undoes a real change', async () => {
    const northstar = DEMO_TRUSTS[0];
    const events = demoDirectoryEvents(northstar);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.filter((e) => e.type === 'school.added')).toHaveLength(northstar.schools.length);
    const tech = demoUser('tech@northstar.example');
    const asNorthstar = <T>(work: (em: EntityManager) => Promise<T>) => inTrust(work, northstar.id);
    await asNorthstar((em) => seedDirectoryCopies(em, S, northstar));
    // Each trust has its own bank holidays (the same dates, rows of its own).
    const riverside = DEMO_TRUSTS[1];
    await inTrust((em) => seedDirectoryCopies(em, S, riverside), riverside.id);
    const holidays = (trustId: string) =>
      inTrust(
        async (em) =>
          (await em.query(`SELECT count(*)::int AS n FROM ${S}.calendar_ref WHERE kind = 'BANK_HOLIDAY'`))[0].n,
        trustId,
      );
    expect(await holidays(riverside.id)).toBeGreaterThan(0);
    expect(await holidays(riverside.id)).toBe(await holidays(northstar.id));
    expect(await asNorthstar((em) => readMember(em, S, tech.id))).toMatchObject({
      email: 'tech@northstar.example',
      role: 'TECHNICIAN',
      status: 'ACTIVE',
    });
    const techEvent = events.find(
      (e) => e.type === 'membership.changed' && (e.payload as { userId: string }).userId === tech.id,
    )!;
    const suspendedPayload = { ...(techEvent.payload as object), status: 'SUSPENDED' };
    await asNorthstar((em) =>
      applyDirectoryEvent(S, { ...techEvent, occurredAt: new Date().toISOString(), payload: suspendedPayload }, em),
    );
    await asNorthstar((em) => seedDirectoryCopies(em, S, northstar));
    expect((await asNorthstar((em) => readMember(em, S, tech.id)))?.status).toBe('SUSPENDED');
  });
});
