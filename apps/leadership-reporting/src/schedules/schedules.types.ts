import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CadenceEnum {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(CadenceEnum, { name: 'ReportCadence' });

@ObjectType({ description: 'The board pack sent by email on a schedule' })
export class ReportSchedule {
  @Field(() => ID) id: string;
  @Field(() => CadenceEnum) cadence: string;
  @Field(() => [String]) recipients: string[];
  @Field() nextRunAt: Date;
  @Field(() => Date, { nullable: true }) lastSentAt: Date | null;
}
