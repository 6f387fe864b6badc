import { badInput, optionalText, text } from '@trustops/service-kit';
import { RiskInput } from './risks.types';

/** Pure rules of the risk register: what a risk may hold, and how it is scored. */

/** The score the register sorts by: likelihood × impact, 1 to 25. */
export const scoreOf = (r: { likelihood: number; impact: number }) => r.likelihood * r.impact;

/** The risk's texts, trimmed, or a refusal naming the field at fault. */
export function checkRisk(input: RiskInput): { title: string; description: string; mitigation: string } {
  const title = text('title', input.title, 'title');
  for (const field of ['likelihood', 'impact'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 1 || input[field] > 5)
      throw badInput(`${field} is a whole number from 1 to 5`, { field });
  }
  const mitigation = optionalText('mitigation', input.mitigation, 'note') ?? '';
  const description = optionalText('description', input.description, 'note') ?? '';
  return { title, description, mitigation };
}
