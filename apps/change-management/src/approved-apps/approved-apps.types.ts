import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { School } from '../entity-refs';

export enum DpiaStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  APPROVED = 'APPROVED',
}
registerEnumType(DpiaStatus, { name: 'DpiaStatus' });

@ObjectType({ description: 'An app the trust has approved: look here before asking' })
export class ApprovedApp {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() vendor: string;
  @Field() purpose: string;
  @Field(() => DpiaStatus) dpiaStatus: string;
  @Field() dataShared: string;
  @Field(() => [School], { nullable: true, description: 'Empty: every school' }) schools: School[] | null;
}
