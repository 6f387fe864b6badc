import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * Directory's School and User as other subgraphs name them: by id only, resolved by directory through the gateway
 * (federation needs the stub in every subgraph that returns one). Directory itself never imports these.
 */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class School {
  @Field(() => ID) id: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class User {
  @Field(() => ID) id: string;
}
