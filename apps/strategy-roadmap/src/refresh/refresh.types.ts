import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { School } from '../federated-refs';

@ObjectType()
export class RefreshYear {
  @Field(() => Int) year: number;
  @Field(() => Int) devices: number;
  @Field(() => Float, { description: 'Pounds' }) cost: number;
}

@ObjectType({ description: "One school's devices coming due for refresh, year by year for five years" })
export class SchoolRefreshPlan {
  @Field(() => School) school: School;
  @Field(() => Int) devices: number;
  @Field(() => [RefreshYear]) years: RefreshYear[];
}
