import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from '@trustops/testing';
import { oneRosterFiles, oneRosterZip, StaffRow } from '@trustops/testing/oneroster';
import { benchToken } from './bench-token';

export interface RosterBench {
  staff: number;
  zipBytes: number;
  uploadMs: number;
  previewMs: number;
  applyMs: number;
  applied: Record<string, number>;
  /** From the apply's end until every service's copy of the members holds them all. */
  copiesMs: number;
  sameUploadMs: number;
  samePreviewMs: number;
  sameApplyMs: number;
}

const PREVIEW = 'mutation ($id: ID!) { previewRosterSync(sourceId: $id) { id counts { add change unchanged } } }';
const APPLY = 'mutation ($id: ID!) { applyRosterSync(previewId: $id, confirm: true) { id } }';
const RUN =
  'query ($id: ID!) { rosterRun(id: $id) { status error summary { added changed restored leaving suspended skipped } } }';

/**
 * A trust of 60 schools takes its 20,000 staff from one OneRoster CSV export (one in ten at two schools):
 * the upload, the preview and the apply (a job, polled through the gateway until done), then the same export again
 * (a sync with nothing to change), each timed from the director's side.
 */
export async function benchRoster(o: { adminUrl: string; database: string; gatewayUrl: string; staff: number }) {
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.database}`;
  const admin = new Client({ connectionString: url.toString() });
  admin.on('error', () => undefined);
  await admin.connect();
  const trustId = randomUUID();
  const directorId = randomUUID();
  const urns = Array.from({ length: 60 }, (_, i) => String(600000 + i));
  await admin.query(`INSERT INTO directory.trust (id, code, name) VALUES ($1, 'RST', 'Roster Bench Trust')`, [trustId]);
  await admin.query(
    `INSERT INTO directory.school (trust_id, name, urn, phase, local_authority)
     SELECT $1, 'Roster School ' || urn, urn, 'PRIMARY', 'Leeds' FROM unnest($2::text[]) urn`,
    [trustId, urns],
  );
  await admin.query(
    `INSERT INTO directory.app_user (id, email, display_name, password_hash) VALUES ($1, 'director@roster.example', 'Rae Director', '!')`,
    [directorId],
  );
  await admin.query(
    `INSERT INTO directory.membership (trust_id, user_id, role, school_ids, display_name, email)
     VALUES ($1, $2, 'IT_DIRECTOR', NULL, 'Rae Director', 'director@roster.example')`,
    [trustId, directorId],
  );
  const token = await benchToken(o.adminUrl, o.database, trustId, 'IT_DIRECTOR', directorId);
  const call = async (query: string, variables: Record<string, unknown>) => {
    const answer = await gql(o.gatewayUrl, query, variables, token);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const source = await call('mutation ($input: RosterSourceInput!) { configureRosterSource(input: $input) { id } }', {
    input: { label: 'Bench MIS export', roleRules: [{ misRole: 'administrator', role: 'EXECUTIVE' }] },
  });
  const sourceId = source.configureRosterSource.id as string;
  const orgs = urns.map((urn) => ({ sourcedId: `org-${urn}`, name: `Roster School ${urn}`, identifier: urn }));
  const staff: StaffRow[] = Array.from({ length: o.staff }, (_, i) => ({
    sourcedId: `mis-${i}`,
    givenName: `Given${i}`,
    familyName: `Family${i % 977}`,
    email: `staff${i}@roster.example`,
    role: i % 60 === 0 ? 'principal' : i % 25 === 0 ? 'administrator' : 'teacher',
    orgs: i % 10 === 0 ? [`org-${urns[i % 60]}`, `org-${urns[(i + 1) % 60]}`] : [`org-${urns[i % 60]}`],
  }));
  const zip = oneRosterZip(oneRosterFiles(orgs, staff));
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  };
  const upload = async () => {
    const answer = await fetch(
      `${new URL(o.gatewayUrl).origin}/files/directory/roster/${sourceId}?fileName=bench.zip`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
        body: zip,
      },
    );
    if (answer.status !== 201) throw new Error(await answer.text());
  };
  const preview = async () => (await call(PREVIEW, { id: sourceId })).previewRosterSync.id as string;
  const apply = async (previewId: string) => {
    const runId = (await call(APPLY, { id: previewId })).applyRosterSync.id;
    for (;;) {
      const run = (await call(RUN, { id: runId })).rosterRun;
      if (run.status === 'FAILED') throw new Error(run.error);
      if (run.status === 'DONE') return run.summary as Record<string, number>;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const [, uploadMs] = await timed(upload);
  const [previewId, previewMs] = await timed(preview);
  const [applied, applyMs] = await timed(() => apply(previewId));
  // Every service's copy of the members follows by events; the run with nothing to change waits for them to land.
  const [, copiesMs] = await timed(() => copiesHold(admin, trustId, o.staff));
  await admin.end();
  const [, sameUploadMs] = await timed(upload);
  const [sameId, samePreviewMs] = await timed(preview);
  const [, sameApplyMs] = await timed(() => apply(sameId));
  return {
    staff: o.staff,
    zipBytes: zip.length,
    uploadMs,
    previewMs,
    applyMs,
    applied,
    copiesMs,
    sameUploadMs,
    samePreviewMs,
    sameApplyMs,
  } satisfies RosterBench;
}

const COPIES = ['support_desk', 'change_management', 'strategy_roadmap', 'leadership_reporting'];

async function copiesHold(admin: Client, trustId: string, members: number): Promise<void> {
  for (;;) {
    const counts: number[] = [];
    for (const schema of COPIES) {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.member_ref WHERE trust_id = $1`, [
        trustId,
      ]);
      counts.push(rows[0].n);
    }
    // The director was written straight into directory's tables, so only the synced staff reach the copies.
    if (counts.every((n) => n >= members)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
