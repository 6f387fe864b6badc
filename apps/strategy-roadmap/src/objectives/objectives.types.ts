import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';

export enum MeasureUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  GBP = 'GBP',
  DAYS = 'DAYS',
  HOURS = 'HOURS',
  SCORE = 'SCORE',
}
registerEnumType(MeasureUnit, { name: 'MeasureUnit' });

@ObjectType()
export class MeasureReading {
  @Field(() => Float) value: number;
  @Field(() => DateScalar) recordedOn: string;
}

@ObjectType()
export class Measure {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field(() => Float) current: number;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => Float, { description: 'How far from baseline to target, 0 to 1 (can pass 1)' }) progress: number;
  @Field(() => [MeasureReading], { description: 'Every value recorded, oldest first: the chart' })
  history: MeasureReading[];
}

@ObjectType()
export class Objective {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [Measure]) measures: Measure[];
}

@InputType()
export class MeasureInput {
  @Field() name: string;
  @Field({ description: 'PERCENT, COUNT, GBP, DAYS, HOURS or SCORE' }) unit: string;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true, description: 'Defaults to the baseline' }) current?: number;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string;
}

@InputType()
export class CreateObjectiveInput {
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [MeasureInput], { nullable: true }) measures?: MeasureInput[];
}
