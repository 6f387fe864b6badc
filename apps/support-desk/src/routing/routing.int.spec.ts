import { demoUser, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { deskUnderTest } from '../testing/desk-client';

const [oakfield, beechHill] = NORTHSTAR.schools;
const tech = demoUser('tech@northstar.example');
const engineer = demoUser('engineer@northstar.example');
const teacher = demoUser('teacher@northstar.example');
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id team status assignee { id } } }`;
const raise = (schoolId: string, category: string) => ({
  input: {
    schoolId,
    category,
    subject: `Routed ${category}`,
    description: 'x',
    kind: 'FAULT',
    impact: 'LOW',
    urgency: 'LOW',
  },
});
const ADD =
  'mutation ($i: AddRoutingRuleInput!) { addRoutingRule(input: $i) { id team school { id } category assignee { id } } }';
const RULES = '{ routingRules { id team category school { id } } }';

describe('auto-routing and who may hold a ticket', () => {
  const { as } = deskUnderTest();

  it('routes by the most specific rule: school and category, then school, then category', async () => {
    const added = await as('director', ADD, {
      i: { schoolId: oakfield.id, category: 'PRINTING', team: 'Print room', assigneeId: engineer.id },
    });
    expect(added.errors).toBeUndefined();
    expect(ok(await as('teacher', RAISE, raise(oakfield.id, 'PRINTING'))).raiseTicket).toMatchObject({
      team: 'Print room',
      status: 'NEW',
      assignee: { id: engineer.id },
    });
    // Demo rules: Oakfield → its site technician; NETWORK anywhere → the network team.
    expect(ok(await as('teacher', RAISE, raise(oakfield.id, 'AV'))).raiseTicket).toMatchObject({
      team: 'Oakfield site tech',
      assignee: { id: tech.id },
    });
    expect(ok(await as('director', RAISE, raise(beechHill.id, 'NETWORK'))).raiseTicket).toMatchObject({
      team: 'Network team',
      assignee: null,
    });
    expect(ok(await as('director', RAISE, raise(beechHill.id, 'AV'))).raiseTicket).toMatchObject({
      team: null,
      assignee: null,
    });
    const queue = await as('tech', 'query { tickets(first: 50, filter: { team: "Print room" }) { totalCount } }');
    expect(ok(queue).tickets.totalCount).toBe(1);
  });

  it('refuses a technician who cannot hold the school, a teacher, and a rule twice, writing nothing', async () => {
    const before = ok(await as('director', RULES)).routingRules.length;
    const cases = [
      { i: { schoolId: NORTHSTAR.schools[7].id, assigneeId: tech.id }, code: 'ASSIGNEE_NOT_ALLOWED' }, // outside Tom's six schools
      { i: { category: 'AV', assigneeId: tech.id }, code: 'ASSIGNEE_NOT_ALLOWED' }, // trust-wide rule for a scoped technician
      { i: { schoolId: oakfield.id, assigneeId: teacher.id }, code: 'ASSIGNEE_NOT_ALLOWED' },
      { i: { schoolId: oakfield.id }, code: 'BAD_USER_INPUT' }, // goes nowhere
      { i: { category: 'COFFEE', team: 'x' }, code: 'BAD_USER_INPUT' },
      { i: { schoolId: oakfield.id, team: 'Twice' }, code: 'BAD_USER_INPUT' }, // the demo rule exists
    ];
    for (const { i, code } of cases) {
      const res = await as('director', ADD, { i });
      expect({ i, codes: errorCodes(res) }).toEqual({ i, codes: [code] });
      expect(res.errors![0].message.length).toBeGreaterThan(15);
    }
    expect(ok(await as('director', RULES)).routingRules).toHaveLength(before);
  });

  it("assigns only to someone who may hold the school's tickets", async () => {
    const id = ok(await as('director', RAISE, raise(NORTHSTAR.schools[7].id, 'AV'))).raiseTicket.id;
    const assign = 'mutation ($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { assignee { id } } }';
    expect(errorCodes(await as('director', assign, { t: id, a: tech.id }))).toEqual(['ASSIGNEE_NOT_ALLOWED']);
    expect(errorCodes(await as('director', assign, { t: id, a: teacher.id }))).toEqual(['ASSIGNEE_NOT_ALLOWED']);
    expect(errorCodes(await as('director', assign, { t: id, a: demoUser('director@riverside.example').id }))).toEqual([
      'ASSIGNEE_NOT_ALLOWED',
    ]);
    expect(ok(await as('director', assign, { t: id, a: engineer.id })).assignTicket.assignee.id).toBe(engineer.id);
  });

  it('keeps rules to their trust and their roles', async () => {
    const mine = ok(await as('director', RULES)).routingRules[0].id;
    expect(ok(await as('riverside', RULES)).routingRules).toEqual([]);
    expect(
      errorCodes(await as('riverside', 'mutation ($id: ID!) { removeRoutingRule(id: $id) }', { id: mine })),
    ).toEqual(['ROUTING_RULE_NOT_FOUND']);
    expect(errorCodes(await as('riverside', ADD, { i: { schoolId: oakfield.id, team: 'Theirs' } }))).toEqual([
      'SCHOOL_NOT_FOUND',
    ]);
    expect(errorCodes(await as('tech', ADD, { i: { team: 'Mine' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('teacher', RULES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('director', 'mutation { removeRoutingRule(id: "not-a-uuid") }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      ok(await as('director', 'mutation ($id: ID!) { removeRoutingRule(id: $id) }', { id: mine })).removeRoutingRule,
    ).toBe(true);
  });
});
