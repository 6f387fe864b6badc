import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { deskUnderTest } from '../testing/desk-client';

const oakfield = NORTHSTAR.schools[0];
const Q =
  'query ($f: Date!, $t: Date!) { enablementShare(from: $f, to: $t) { school { id } month total enablement share } }';
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);

describe('enablement share per school per month', () => {
  const { as } = deskUnderTest();

  it('counts the demo tickets: one ENABLEMENT of four at Oakfield this month', async () => {
    const res = await as('ceo', Q, { f: `${month}-01`, t: today });
    expect(ok(res).enablementShare).toEqual([
      { school: { id: oakfield.id }, month, total: 4, enablement: 1, share: 0.25 },
    ]);
    expect(ok(await as('governor', Q, { f: `${month}-01`, t: today })).enablementShare).toHaveLength(1);
  });

  it('shows another trust none of it, refuses technicians, and checks the range', async () => {
    expect(ok(await as('riverside', Q, { f: `${month}-01`, t: today })).enablementShare).toEqual([]);
    expect(errorCodes(await as('tech', Q, { f: `${month}-01`, t: today }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('director', Q, { f: today, t: '2000-01-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('director', Q, { f: '2020-01-01', t: today }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('director', Q, { f: '2026-02-30', t: today }))).toEqual(['BAD_USER_INPUT']);
  });
});
