import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes } from '@trustops/testing';
import { Client } from 'pg';
import { deskUnderTest } from '../testing/desk-client';
import { makeRaiseInput } from '../testing/factories';

const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id } }`;
const OLD_MILL = '0b6d7e1a-2c3f-4a5b-8c9d-1e2f3a4b5c6d';

describe('raiseTicket for a closed school', () => {
  const { as, ctx } = deskUnderTest();
  let admin: Client;
  beforeAll(async () => {
    admin = new Client({ connectionString: ctx.desk.db.adminUrl });
    admin.on('error', () => undefined); // the desk's teardown drops the database under it
    await admin.connect();
    // The copy as school.added then school.closed leave it (libs/directory-copies, tested there); a school the
    // desk has not read yet, so no cached copy stands in the way.
    await admin.query(
      `INSERT INTO support_desk.school_ref (id, trust_id, name, phase, closed_at)
       VALUES ($1, $2, 'Old Mill Primary', 'PRIMARY', '2027-03-31T15:00:00Z')`,
      [OLD_MILL, NORTHSTAR.id],
    );
  });
  afterAll(() => admin.end().catch(() => undefined));

  it('refuses a new ticket as SCHOOL_CLOSED, saying when it closed and where to raise it instead', async () => {
    const refused = await as('engineer', RAISE, { input: makeRaiseInput({ schoolId: OLD_MILL }) });
    expect(errorCodes(refused)).toEqual(['SCHOOL_CLOSED']);
    expect(refused.errors?.[0].message).toBe(
      'Old Mill Primary closed on 31 March 2027; raise it for the school that took over its pupils',
    );
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM support_desk.ticket WHERE school_id = $1', [
      OLD_MILL,
    ]);
    expect(rows[0].n).toBe(0);
  });
});
