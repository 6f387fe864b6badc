import { demoId } from './demo-id';
import { DEMO_USERS, NORTHSTAR, RIVERSIDE, currentAcademicYear } from './index';

describe('demo data', () => {
  it('gives the same id for the same name and a different one for another', () => {
    expect(demoId('school', 'NLT', 'A')).toBe(demoId('school', 'NLT', 'A'));
    expect(demoId('school', 'NLT', 'A')).not.toBe(demoId('school', 'RVA', 'A'));
    expect(demoId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('has the trusts and users PRODUCT.md names', () => {
    expect(NORTHSTAR.schools).toHaveLength(12);
    expect(RIVERSIDE.schools).toHaveLength(4);
    expect(DEMO_USERS.map((u) => u.email)).toHaveLength(9);
    expect(DEMO_USERS.find((u) => u.email === 'msp@partner.example')!.memberships).toHaveLength(2);
  });

  it.each([
    { title: 'November belongs to the year that began in September', input: '2026-11-25', expected: 2026 },
    { title: 'July still belongs to the previous September', input: '2027-07-20', expected: 2026 },
    { title: 'August counts as the coming year (set-up month)', input: '2027-08-10', expected: 2027 },
  ])('$title', ({ input, expected }) => {
    expect(currentAcademicYear(new Date(`${input}T12:00:00Z`))).toBe(expected);
  });
});
