import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { School } from '../tickets/tickets.types';

@ObjectType({
  description: 'How much of a school\'s demand was "how can I achieve abc" rather than "fix XYZ" (seed 003), per month',
})
export class EnablementShare {
  @Field(() => School) school: School;
  @Field({ description: 'YYYY-MM, Europe/London' }) month: string;
  @Field(() => Int, { description: 'Tickets raised that month' }) total: number;
  @Field(() => Int, { description: 'Of which kind ENABLEMENT' }) enablement: number;
  @Field(() => Float, { description: 'enablement / total, 0 to 1' }) share: number;
}
