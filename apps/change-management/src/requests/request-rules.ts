import { badInput } from '@trustops/service-kit';

/** The explained "no" (seed 001), pure and table-tested: a decline carries its reason, its risks and a way forward. */
export type Decision = 'APPROVED' | 'APPROVED_WITH_CONDITIONS' | 'DECLINED';
export const RISKS = ['SAFEGUARDING', 'DATA_PROTECTION', 'SECURITY', 'COST', 'SUPPORT_LOAD'] as const;

export interface DecisionInput {
  decision: Decision;
  reason?: string | null;
  risks?: string[] | null;
  alternatives?: string[] | null;
  conditions?: string | null;
}

export function checkDecision(input: DecisionInput): {
  reason: string;
  risks: string[];
  alternatives: string[];
  conditions: string | null;
} {
  const reason = input.reason?.trim() ?? '';
  const risks = [...new Set(input.risks ?? [])];
  const alternatives = (input.alternatives ?? []).map((a) => a.trim()).filter(Boolean);
  const conditions = input.conditions?.trim() || null;
  if (risks.some((r) => !(RISKS as readonly string[]).includes(r)))
    throw badInput(`Risks are ${RISKS.join(', ')}`, { field: 'risks' });
  if (reason.length > 5000 || (conditions && conditions.length > 5000))
    throw badInput('Keep the reason and conditions under 5,000 characters', { field: 'reason' });
  if (alternatives.some((a) => a.length > 1000))
    throw badInput('Each alternative is at most 1,000 characters', { field: 'alternatives' });
  if (input.decision === 'DECLINED') {
    if (!reason)
      throw badInput('A "no" needs its reason: say why, in words the requester can act on', { field: 'reason' });
    if (!risks.length)
      throw badInput('A "no" names the risk it avoids: safeguarding, data protection, security, cost or support load', {
        field: 'risks',
      });
    if (!alternatives.length)
      throw badInput('A "no" offers at least one alternative way to reach the same goal', { field: 'alternatives' });
  }
  if (input.decision === 'APPROVED_WITH_CONDITIONS' && !conditions)
    throw badInput('Say what the conditions are', { field: 'conditions' });
  return { reason, risks, alternatives, conditions };
}
