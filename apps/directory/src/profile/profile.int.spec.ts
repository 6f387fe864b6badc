import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { MEMBERS } from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';

const RENAME = 'mutation ($n: String!) { updateProfile(displayName: $n) { id displayName } }';

describe('profile: your name, everywhere you are a member', () => {
  let running: DirectoryWithCallers;
  beforeAll(async () => {
    running = await startDirectoryWithCallers();
  });
  afterAll(() => running?.stop());

  it("renames an MSP engineer in both trusts' People pages and every service's copies, audited in each", async () => {
    const { directory, admin, northstar, riverside } = running;
    const msp = demoUser('msp@partner.example');
    const token = await signIn(directory.url, 'msp@partner.example');
    expect(errorCodes(await gql(directory.url, RENAME, { n: 'C' }, token))).toEqual(['BAD_USER_INPUT']);
    const renamed = ok(await gql(directory.url, RENAME, { n: '  Chris Patel-Okoro ' }, token)).updateProfile;
    expect(renamed).toEqual({ id: msp.id, displayName: 'Chris Patel-Okoro' });

    for (const as of [northstar, riverside]) {
      const listed = ok(await as(MEMBERS, { filter: { text: 'okoro' } })).members.edges;
      expect(listed.map((e: { node: { userId: string } }) => e.node.userId)).toEqual([msp.id]);
    }
    const events = await admin.query(
      `SELECT trust_id, payload->>'displayName' AS name FROM directory.outbox
       WHERE type = 'membership.changed' AND payload->>'userId' = $1 ORDER BY trust_id`,
      [msp.id],
    );
    expect(events.rows.map((r) => r.trust_id).sort()).toEqual([NORTHSTAR.id, RIVERSIDE.id].sort());
    expect(events.rows.every((r) => r.name === 'Chris Patel-Okoro')).toBe(true);
    const audit = await admin.query(
      `SELECT count(*)::int AS n FROM directory.audit_log WHERE action = 'renamed' AND entity_id = $1`,
      [msp.id],
    );
    expect(audit.rows).toEqual([{ n: 2 }]);
  });
});
