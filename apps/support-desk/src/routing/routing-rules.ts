/** Auto-routing (pure, table-tested): the most specific rule for a ticket's school and category wins. */
import { can } from '@trustops/contracts';

export interface RoutingRule {
  id: string;
  schoolId: string | null;
  category: string | null;
  team: string | null;
  assigneeId: string | null;
}

const specificity = (r: RoutingRule) => (r.schoolId ? 2 : 0) + (r.category ? 1 : 0);

export function pickRule(rules: RoutingRule[], schoolId: string, category: string): RoutingRule | null {
  const matching = rules.filter(
    (r) => (!r.schoolId || r.schoolId === schoolId) && (!r.category || r.category === category),
  );
  return matching.sort((a, b) => specificity(b) - specificity(a))[0] ?? null;
}

/** Who may hold a ticket of a school: someone who works tickets and whose scope covers that school. */
export function canHold(
  member: { role: string; schoolIds: string[] | null; status?: string } | null,
  schoolId: string,
): boolean {
  return (
    !!member &&
    member.status !== 'SUSPENDED' &&
    can(member.role, 'WORK_TICKETS') &&
    (!member.schoolIds || member.schoolIds.includes(schoolId))
  );
}
