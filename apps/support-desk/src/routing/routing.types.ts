import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { School, User } from '../tickets/tickets.types';

@ObjectType({
  description:
    'Sends new tickets of a school and/or category to a team queue or a technician; the most specific rule wins',
})
export class RoutingRuleType {
  @Field(() => ID) id: string;
  @Field(() => School, { nullable: true, description: 'Any school when empty' }) school: School | null;
  @Field(() => String, { nullable: true, description: 'Any category when empty' }) category: string | null;
  @Field(() => String, { nullable: true }) team: string | null;
  @Field(() => User, { nullable: true }) assignee: User | null;
}

@InputType()
export class AddRoutingRuleInput {
  @Field(() => ID, { nullable: true }) schoolId?: string;
  @Field({ nullable: true }) category?: string;
  @Field({ nullable: true, description: 'A team queue name, e.g. "Network team"' }) team?: string;
  @Field(() => ID, { nullable: true }) assigneeId?: string;
}
