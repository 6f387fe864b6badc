/** The device refresh plan (pure, table-tested): what comes due each year of a window, and what it costs. */
export interface FleetRow {
  schoolId: string;
  deviceType: string;
  purchasedYear: number;
  count: number;
}
export interface Policy {
  deviceType: string;
  cycleYears: number;
  unitCost: number;
}
export interface PlanYear {
  year: number;
  devices: number;
  cost: number;
}

/** Devices due before the window are replaced in its first year (once), and their next cycle runs from then. */
export function refreshPlan(fleet: FleetRow[], policies: Policy[], fromYear: number, years = 5): PlanYear[] {
  const plan = Array.from({ length: years }, (_, i) => ({ year: fromYear + i, devices: 0, cost: 0 }));
  for (const row of fleet) {
    const policy = policies.find((p) => p.deviceType === row.deviceType);
    if (!policy) continue;
    for (
      let due = Math.max(fromYear, row.purchasedYear + policy.cycleYears);
      due < fromYear + years;
      due += policy.cycleYears
    ) {
      const slot = plan[due - fromYear];
      slot.devices += row.count;
      slot.cost += row.count * policy.unitCost;
    }
  }
  return plan;
}
