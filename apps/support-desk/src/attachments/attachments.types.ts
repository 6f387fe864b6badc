import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../tickets/tickets.types';

@ObjectType()
export class Attachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: 'Download path on the gateway (send the same Authorization header)' }) url: string;
  @Field(() => User) uploadedBy: User;
  @Field() createdAt: Date;
}
