import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { AddSchoolInput, School } from '../schools.types';
import { NewSchoolService } from './new-school.service';

@Resolver(() => School)
export class NewSchoolResolver {
  constructor(private readonly newSchools: NewSchoolService) {}

  @Mutation(() => School, {
    description: "A new school of your trust, with its sites and the trust's term pattern for this and next year",
  })
  @Can('ADMINISTER_TRUST')
  addSchool(@Args('input') input: AddSchoolInput, @CurrentActor() actor: Actor) {
    return this.newSchools.add(actor, input);
  }
}
