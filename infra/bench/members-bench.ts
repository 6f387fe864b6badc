import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from '@trustops/testing';
import { benchToken } from './bench-token';
import { measure } from './stats';

const FIRST = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Hamza', 'Isla', 'Jack', 'Kiran', 'Lucy'];
const LAST = ['Smith', 'Jones', 'Patel', 'Brown', 'Khan', 'Taylor', 'Wilson', 'Evans', 'Ahmed', 'Walker'];
const ROLES = ['STAFF', 'STAFF', 'STAFF', 'STAFF', 'STAFF', 'TECHNICIAN', 'GOVERNOR', 'EXECUTIVE', 'ENGINEER'];

const MEMBERS = `query ($filter: MemberFilter) { members(first: 50, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id email displayName role schoolIds status } } } }`;

export interface MembersBench {
  label: string;
  direct: { p50: number; p95: number };
  gateway: { p50: number; p95: number };
  total: number;
}

/**
 * One trust of 60 schools with `members` people (most staff scoped to one school, some trust-wide) and 200 open
 * invitations, written straight into directory's tables; then the People page's query (a page of 50 and the total),
 * unfiltered, by words and by role and school, direct to directory and through the gateway.
 */
export async function benchMembers(o: {
  adminUrl: string;
  database: string;
  gatewayUrl: string;
  directoryUrl: string;
  members: number;
  requests: number;
}): Promise<MembersBench[]> {
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.database}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  const trustId = randomUUID();
  const schools = Array.from({ length: 60 }, () => randomUUID());
  await admin.query(`INSERT INTO directory.trust (id, code, name) VALUES ($1, 'BMT', 'Bench Multi-Academy Trust')`, [
    trustId,
  ]);
  await admin.query(
    `INSERT INTO directory.school (id, trust_id, name, urn, phase, local_authority)
     SELECT s, $1, 'Bench School ' || i, lpad((500000 + i)::text, 6, '0'), 'PRIMARY', 'Leeds'
     FROM unnest($2::uuid[]) WITH ORDINALITY AS t(s, i)`,
    [trustId, schools],
  );
  await admin.query(
    `WITH people AS (
       SELECT g, gen_random_uuid() AS id,
         ($3::text[])[1 + g % 12] || ' ' || ($4::text[])[1 + (g / 12) % 10] || ' ' || g AS name FROM generate_series(1, $2) g),
     users AS (
       INSERT INTO directory.app_user (id, email, display_name, password_hash)
       SELECT id, 'member' || g || '@bench.example', name, 'not-a-hash' FROM people RETURNING id)
     INSERT INTO directory.membership (trust_id, user_id, role, school_ids, display_name, email)
     SELECT $1, p.id, ($5::text[])[1 + p.g % 9], CASE WHEN p.g % 10 = 0 THEN NULL ELSE ARRAY[($6::uuid[])[1 + p.g % 60]] END,
       p.name, 'member' || p.g || '@bench.example'
     FROM people p`,
    [trustId, o.members, FIRST, LAST, ROLES, schools],
  );
  await admin.query(
    `INSERT INTO directory.invitation (trust_id, email, display_name, role, token_hash, expires_at)
     SELECT $1, 'invited' || g || '@bench.example', 'Invited Person ' || g, 'STAFF', md5(random()::text || g), now() + interval '7 days'
     FROM generate_series(1, 200) g`,
    [trustId],
  );
  await admin.query('ANALYZE directory.app_user; ANALYZE directory.membership; ANALYZE directory.invitation');
  await admin.end();

  const token = await benchToken(o.adminUrl, o.database, trustId, 'IT_DIRECTOR');
  const cases: [string, Record<string, unknown>][] = [
    ['first page, no filter', {}],
    ['words "smith" (one in ten)', { text: 'smith' }],
    ['words "1234" (a few people)', { text: '1234' }],
    ['technicians at one school', { role: 'TECHNICIAN', schoolId: schools[7] }],
  ];
  const results: MembersBench[] = [];
  for (const [label, filter] of cases) {
    let total = 0;
    const run = (target: string) => async () => {
      const answer = await gql(target, MEMBERS, { filter }, token);
      if (!answer.data?.members) throw new Error(JSON.stringify(answer.errors));
      total = answer.data.members.totalCount;
    };
    const direct = await measure(o.requests, run(o.directoryUrl), 20);
    const gateway = await measure(o.requests, run(o.gatewayUrl), 20);
    results.push({ label, direct, gateway, total });
  }
  return results;
}
