import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { School, User } from '../tickets/tickets.types';

export const ASSET_TYPES = [
  'LAPTOP',
  'DESKTOP',
  'TABLET',
  'CHROMEBOOK',
  'INTERACTIVE_PANEL',
  'PROJECTOR',
  'PRINTER',
  'ACCESS_POINT',
  'SWITCH',
  'SERVER',
  'PHONE',
  'OTHER',
] as const;

@ObjectType()
export class Asset {
  @Field(() => ID) id: string;
  @Field({ description: 'The label on the device, unique in the trust, e.g. OAK-LT-0042' }) tag: string;
  @Field({ description: ASSET_TYPES.join(', ') }) type: string;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => School) school: School;
  @Field(() => User, { nullable: true }) assignedTo: User | null;
}

@InputType()
export class RegisterAssetInput {
  @Field(() => ID) schoolId: string;
  @Field() tag: string;
  @Field() type: string;
  @Field({ nullable: true }) model?: string;
  @Field(() => ID, { nullable: true }) assignedUserId?: string;
}
