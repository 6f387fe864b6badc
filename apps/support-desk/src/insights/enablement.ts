import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from '@trustops/service-kit';
import { School } from '../tickets/tickets.types';

@ObjectType({ description: 'How much of a school\'s demand was "how can I achieve abc" rather than "fix XYZ" (seed 003), per month' })
export class EnablementShare {
  @Field(() => School) school: School;
  @Field({ description: 'YYYY-MM, Europe/London' }) month: string;
  @Field(() => Int, { description: 'Tickets raised that month' }) total: number;
  @Field(() => Int, { description: 'Of which kind ENABLEMENT' }) enablement: number;
  @Field(() => Float, { description: 'enablement / total, 0 to 1' }) share: number;
}

const MAX_DAYS = 2 * 366;

/** A reporting range: from ≤ to, at most two years. */
export function checkRange(from: string, to: string): void {
  if (from > to) throw badInput('"from" must be on or before "to"', { field: 'from' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_DAYS) throw badInput('Ask for at most two years at a time', { field: 'to' });
}
