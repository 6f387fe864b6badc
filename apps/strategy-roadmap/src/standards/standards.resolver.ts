import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Roles } from '@trustops/service-kit';
import { initiativeView } from '../initiatives/initiatives.resolver';
import { Initiative } from '../initiatives/initiatives.types';
import { EDITORS, READERS } from '../shared';
import { AssessmentRow, StandardsService } from './standards.service';
import { Standard, StandardAssessment, StandardCoverage, StandardLevel } from './standards.types';

@Resolver(() => Standard)
export class StandardsResolver {
  constructor(private readonly service: StandardsService) {}

  @Query(() => [Standard])
  @Roles(...READERS)
  standards() {
    return this.service.list();
  }

  @Query(() => [StandardAssessment], {
    description: 'The school × standard matrix (one school when schoolId is given)',
  })
  @Roles(...READERS)
  async standardAssessments(@Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string) {
    const standards = await this.service.list();
    return (await this.service.assessments(schoolId ?? null)).map((a) => this.view(a, standards));
  }

  @Query(() => [StandardCoverage])
  @Roles(...READERS)
  standardsCoverage() {
    return this.service.coverage();
  }

  @Mutation(() => StandardAssessment)
  @Roles('ENGINEER', 'IT_DIRECTOR')
  async assessStandard(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('standardId', { type: () => ID }) standardId: string,
    @Args('level', { type: () => StandardLevel }) level: StandardLevel,
    @Args('evidence', { type: () => String, nullable: true }) evidence: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.view(
      await this.service.assess(actor, schoolId, standardId, level, evidence ?? null),
      await this.service.list(),
    );
  }

  @Mutation(() => Initiative, {
    description: 'Turn the schools that do not meet a standard into a proposed initiative in NEXT',
  })
  @Roles(...EDITORS)
  async turnGapIntoInitiative(
    @Args('standardId', { type: () => ID }) standardId: string,
    @CurrentActor() actor: Actor,
  ) {
    return initiativeView(await this.service.gapToInitiative(actor, standardId));
  }

  private view(a: AssessmentRow, standards: { id: string; code: string; title: string; summary: string }[]) {
    return {
      ...a,
      school: { id: a.schoolId },
      standard: standards.find((s) => s.id === a.standardId)!,
      assessedBy: { id: a.assessedBy },
    };
  }
}
