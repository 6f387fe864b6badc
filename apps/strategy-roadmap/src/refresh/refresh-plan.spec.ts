import { refreshPlan } from './refresh-plan';

const policies = [
  { deviceType: 'LAPTOP', cycleYears: 4, unitCost: 500 },
  { deviceType: 'PANEL', cycleYears: 8, unitCost: 3000 },
];

describe('refreshPlan', () => {
  it('puts each batch in the year it comes due, and again a cycle later', () => {
    const plan = refreshPlan([{ schoolId: 's', deviceType: 'LAPTOP', purchasedYear: 2024, count: 30 }], policies, 2026);
    expect(plan).toEqual([
      { year: 2026, devices: 0, cost: 0 },
      { year: 2027, devices: 0, cost: 0 },
      { year: 2028, devices: 30, cost: 15_000 },
      { year: 2029, devices: 0, cost: 0 },
      { year: 2030, devices: 0, cost: 0 },
    ]);
  });

  it('counts overdue devices in the first year, once', () => {
    const plan = refreshPlan([{ schoolId: 's', deviceType: 'PANEL', purchasedYear: 2015, count: 2 }], policies, 2026);
    expect(plan[0]).toEqual({ year: 2026, devices: 2, cost: 6000 });
    expect(plan.slice(1).every((y) => y.devices === 0)).toBe(true);
  });

  it('replaces long-overdue laptops once now, then a cycle after that', () => {
    const plan = refreshPlan([{ schoolId: 's', deviceType: 'LAPTOP', purchasedYear: 2015, count: 10 }], policies, 2026);
    expect(plan.map((y) => y.devices)).toEqual([10, 0, 0, 0, 10]);
  });

  it('skips device types without a policy', () => {
    expect(
      refreshPlan([{ schoolId: 's', deviceType: 'TOASTER', purchasedYear: 2020, count: 9 }], policies, 2026).every(
        (y) => y.devices === 0,
      ),
    ).toBe(true);
  });
});
