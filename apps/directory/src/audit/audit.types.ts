import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@trustops/service-kit';
import { User } from '../users/users.types';

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID) trustId: string;
  @Field(() => User, { nullable: true }) actor: { id: string } | null;
  @Field(() => String, { nullable: true }) actorRole: string | null;
  @Field() entity: string;
  @Field() entityId: string;
  @Field() action: string;
  @Field(() => String, { nullable: true, description: 'JSON of the entity before the change' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the entity after the change' }) after: string | null;
}

@ObjectType()
export class AuditConnection extends ConnectionType(AuditEntry, 'Audit') {}
