import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

export const PHASES = ['PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION'] as const;

@ObjectType({
  description: 'A how-to written once by the IT team and offered to staff before they raise a HOW_TO ticket',
})
export class Article {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => String, { nullable: true, description: 'For schools of this phase only; every school when empty' })
  phase: string | null;
  @Field() updatedAt: Date;
}

@InputType()
export class ArticleInput {
  @Field() title: string;
  @Field() body: string;
  @Field({ nullable: true }) category?: string;
  @Field({ nullable: true }) phase?: string;
}
