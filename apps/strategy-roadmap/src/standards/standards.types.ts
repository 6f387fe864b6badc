import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';
import { School, User } from '../federated-refs';

export enum StandardLevel {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}
registerEnumType(StandardLevel, { name: 'StandardLevel' });

@ObjectType({ description: 'A DfE digital and technology standard' })
export class Standard {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() title: string;
  @Field() summary: string;
}

@ObjectType()
export class StandardAssessment {
  @Field(() => School) school: School;
  @Field(() => Standard) standard: Standard;
  @Field(() => StandardLevel) level: string;
  @Field() evidence: string;
  @Field(() => DateScalar) assessedOn: string;
  @Field(() => User) assessedBy: User;
}

@ObjectType({ description: "How many of the trust's schools meet a standard" })
export class StandardCoverage {
  @Field(() => Standard) standard: Standard;
  @Field(() => Int) met: number;
  @Field(() => Int) partlyMet: number;
  @Field(() => Int) notMet: number;
  @Field(() => Int) notAssessed: number;
}
