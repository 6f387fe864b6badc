import { badInput, optionalText } from '@trustops/service-kit';

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
  const risks = [...new Set(input.risks ?? [])];
  if (risks.some((r) => !(RISKS as readonly string[]).includes(r)))
    throw badInput(`Risks are ${RISKS.join(', ')}`, { field: 'risks' });
  const reason = optionalText('reason', input.reason, 'note') ?? '';
  const conditions = optionalText('conditions', input.conditions, 'note');
  const alternatives = (input.alternatives ?? [])
    .map((a) => optionalText('alternatives', a, 'reason', { label: 'Each alternative' }))
    .filter((a): a is string => !!a);
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
