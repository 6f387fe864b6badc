import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { SchoolsService } from './schools.service';
import { School, Site, UpdateSchoolInput } from './schools.types';

@Resolver(() => School)
export class SchoolsResolver {
  constructor(private readonly schools: SchoolsService) {}

  @Query(() => [School], {
    name: 'schools',
    description: "Your trust's schools (school-scoped members see theirs); closed ones only when asked",
  })
  listSchools(
    @Args('includeClosed', { type: () => Boolean, nullable: true, defaultValue: false }) includeClosed: boolean | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.schools.list(actor, includeClosed ?? false);
  }

  @Query(() => School, { nullable: true, description: 'null when the id is not a school of your trust' })
  school(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.schools.get(actor, id);
  }

  @Mutation(() => School)
  @Can('ADMINISTER_TRUST')
  updateSchool(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSchoolInput,
    @CurrentActor() actor: Actor,
  ) {
    return this.schools.update(actor, id, input);
  }

  @Mutation(() => School, { description: 'Closes a school: it keeps its history and leaves lists and boards' })
  @Can('ADMINISTER_TRUST')
  closeSchool(@Args('schoolId', { type: () => ID }) schoolId: string, @CurrentActor() actor: Actor) {
    return this.schools.close(actor, schoolId);
  }

  @ResolveField(() => [Site])
  sites(@Parent() school: School) {
    return this.schools.sites(school.id);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }) {
    return this.schools.byId(reference.id);
  }
}
