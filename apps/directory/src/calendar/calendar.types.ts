import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';

export enum CalendarEventKindEnum {
  TERM = 'TERM',
  HALF_TERM = 'HALF_TERM',
  INSET = 'INSET',
  BANK_HOLIDAY = 'BANK_HOLIDAY',
  EXAM_WINDOW = 'EXAM_WINDOW',
  CLOSURE = 'CLOSURE',
  FREEZE = 'FREEZE',
}
registerEnumType(CalendarEventKindEnum, { name: 'CalendarEventKind' });

@ObjectType()
export class CalendarEvent {
  @Field(() => ID) id: string;
  @Field(() => CalendarEventKindEnum) kind: CalendarEventKindEnum;
  @Field() title: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar, { description: 'Inclusive' }) endsOn: string;
  @Field(() => ID, { nullable: true, description: 'null: applies to every school of the trust' }) schoolId:
    string | null;
}

@InputType()
export class AddCalendarEventInput {
  @Field(() => ID, { nullable: true, description: 'Leave empty for a trust-wide event' }) schoolId?: string | null;
  @Field(() => CalendarEventKindEnum) kind: CalendarEventKindEnum;
  @Field() title: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;
}
