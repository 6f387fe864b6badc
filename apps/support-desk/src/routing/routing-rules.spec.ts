import { canHold, pickRule, RoutingRule } from './routing-rules';

const rule = (id: string, schoolId: string | null, category: string | null): RoutingRule => ({
  id,
  schoolId,
  category,
  team: id,
  assigneeId: null,
});
const rules = [
  rule('fallback', null, null),
  rule('network', null, 'NETWORK'),
  rule('oak', 'oak', null),
  rule('oak-net', 'oak', 'NETWORK'),
];

describe('pickRule', () => {
  it.each([
    { title: 'school and category beat everything', school: 'oak', category: 'NETWORK', expected: 'oak-net' },
    { title: 'the school beats the category', school: 'oak', category: 'PRINTING', expected: 'oak' },
    { title: 'the category beats the fallback', school: 'elm', category: 'NETWORK', expected: 'network' },
    { title: 'the fallback catches the rest', school: 'elm', category: 'AV', expected: 'fallback' },
  ])('$title', ({ school, category, expected }) => {
    expect(pickRule(rules, school, category)?.id).toBe(expected);
  });

  it('routes nowhere without rules', () => {
    expect(pickRule([], 'oak', 'NETWORK')).toBeNull();
  });
});

describe('canHold', () => {
  it.each([
    { title: 'a trust-wide technician', member: { role: 'TECHNICIAN', schoolIds: null }, expected: true },
    { title: 'a technician scoped to the school', member: { role: 'TECHNICIAN', schoolIds: ['oak'] }, expected: true },
    { title: 'a technician scoped elsewhere', member: { role: 'TECHNICIAN', schoolIds: ['elm'] }, expected: false },
    { title: 'a teacher', member: { role: 'STAFF', schoolIds: null }, expected: false },
    { title: 'nobody', member: null, expected: false },
  ])('$title: $expected', ({ member, expected }) => {
    expect(canHold(member, 'oak')).toBe(expected);
  });
});
