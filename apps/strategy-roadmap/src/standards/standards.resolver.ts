import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { Initiative } from '../initiatives/initiatives.types';
import { initiativeView } from '../initiatives/initiatives.view';
import { AssessmentOfStandard, StandardsService } from './standards.service';
import { Standard, StandardAssessment, StandardCoverage, StandardLevel } from './standards.types';

const assessmentView = (a: AssessmentOfStandard) => ({
  ...a,
  school: { id: a.schoolId },
  assessedBy: { id: a.assessedBy },
});

@Resolver(() => Standard)
export class StandardsResolver {
  constructor(private readonly service: StandardsService) {}

  @Query(() => [Standard])
  @Can('READ_ROADMAP')
  standards() {
    return this.service.list();
  }

  @Query(() => [StandardAssessment], {
    description: 'The school × standard matrix (one school when schoolId is given)',
  })
  @Can('READ_ROADMAP')
  async standardAssessments(@Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string) {
    return (await this.service.assessments(schoolId ?? null)).map(assessmentView);
  }

  @Query(() => [StandardCoverage])
  @Can('READ_ROADMAP')
  standardsCoverage() {
    return this.service.coverage();
  }

  @Mutation(() => StandardAssessment)
  @Can('ASSESS_STANDARDS')
  async assessStandard(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('standardId', { type: () => ID }) standardId: string,
    @Args('level', { type: () => StandardLevel }) level: StandardLevel,
    @Args('evidence', { type: () => String, nullable: true }) evidence: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return assessmentView(await this.service.assess(actor, schoolId, standardId, level, evidence ?? null));
  }

  @Mutation(() => Initiative, {
    description: 'Turn the schools that do not meet a standard into a proposed initiative in NEXT',
  })
  @Can('EDIT_ROADMAP')
  async turnGapIntoInitiative(
    @Args('standardId', { type: () => ID }) standardId: string,
    @CurrentActor() actor: Actor,
  ) {
    return initiativeView(await this.service.gapToInitiative(actor, standardId));
  }
}
