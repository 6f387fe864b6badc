import { defineErrors } from '@trustops/service-kit';

export const routingErrors = defineErrors('Support desk · routing', {
  ROUTING_RULE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No routing rule with that id in your trust; it may have been removed already.',
  },
  ASSIGNEE_NOT_ALLOWED: {
    category: 'BAD_USER_INPUT',
    meaning:
      "That person cannot hold the school's tickets: not in the IT team, outside their school scope, suspended, or not a member of your trust.",
  },
});

/** Why someone cannot hold a school's tickets, in words the director can act on. */
export const assigneeNotAllowed = (member: { displayName: string; status?: string } | null, schoolId: string | null) =>
  routingErrors.error(
    'ASSIGNEE_NOT_ALLOWED',
    !member
      ? 'No member of your trust with that id'
      : member.status === 'SUSPENDED'
        ? `${member.displayName} is suspended; restore them on the People page or choose someone else`
        : `${member.displayName} cannot hold tickets of ${schoolId ? 'that school' : 'every school'} (role or school scope)`,
    { field: 'assigneeId' },
  );
