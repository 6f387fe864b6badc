import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allFreezes } from '@trustops/school-calendar';
import {
  Actor,
  checkDateRange,
  CurrentActor,
  DateScalar,
  IdempotencyKey,
  IdempotencyService,
  Roles,
} from '@trustops/service-kit';
import { ReferencesService } from '../references/references.service';
import { IT_TEAM, MEMBERS, ref } from '../shared.types';
import { ChangeApprovalService } from './change-approval.service';
import { ChangeConsentService } from './change-consent.service';
import { ChangeSchedulingService } from './change-scheduling.service';
import { ChangeRow, ChangesService } from './changes.service';
import {
  Change,
  ChangeCalendarRow,
  ChangeConsent,
  ChangeFilter,
  ChangeOutcome,
  CreateChangeInput,
  Freeze,
} from './changes.types';

export const changeView = (c: ChangeRow) => ({
  ...c,
  schools: c.schoolIds.map((id) => ({ id })),
  createdBy: { id: c.createdBy },
  decidedBy: ref(c.decidedBy),
  scheduledBy: ref(c.scheduledBy),
});

@Resolver(() => Change)
export class ChangesResolver {
  constructor(
    private readonly service: ChangesService,
    private readonly approval: ChangeApprovalService,
    private readonly scheduling: ChangeSchedulingService,
    private readonly consent: ChangeConsentService,
    private readonly refs: ReferencesService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => [Change], { description: 'Changes of your schools, by window' })
  @Roles(...MEMBERS)
  async changes(@Args('filter', { type: () => ChangeFilter, nullable: true }) filter?: ChangeFilter) {
    return (await this.service.list(filter ?? {})).map(changeView);
  }

  @Query(() => Change, { nullable: true })
  @Roles(...MEMBERS)
  async change(@Args('id', { type: () => ID }) id: string) {
    const row = await this.service.get(id);
    return row ? changeView(row) : null;
  }

  @Query(() => [Freeze], { description: "A school's change freezes from its calendar, from..to inclusive" })
  @Roles(...MEMBERS)
  async freezes(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @CurrentActor() actor: Actor,
  ): Promise<Freeze[]> {
    checkDateRange(from, to, 366, 'a year');
    await this.refs.requireSchool(actor, schoolId);
    return allFreezes(await this.refs.calendarFor(schoolId)).filter((f) => f.startsOn <= to && f.endsOn >= from);
  }

  @Query(() => [ChangeCalendarRow], {
    description: 'Each of your schools with its freezes and scheduled changes, from..to inclusive',
  })
  @Roles(...MEMBERS)
  async changeCalendar(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('schoolIds', { type: () => [ID], nullable: true }) schoolIds: string[] | null,
    @CurrentActor() actor: Actor,
  ): Promise<ChangeCalendarRow[]> {
    checkDateRange(from, to, 366, 'a year');
    const schools = schoolIds?.length ? schoolIds : (actor.schoolIds ?? (await this.refs.schoolIds()));
    const changes = await this.service.list({
      status: ['SCHEDULED', 'DONE', 'FAILED', 'BACKED_OUT'] as never,
      from: new Date(`${from}T00:00:00Z`),
      to: new Date(`${to}T23:59:59Z`),
    });
    const rows: ChangeCalendarRow[] = [];
    for (const school of await this.refs.requireSchools(actor, schools)) {
      const freezes = allFreezes(await this.refs.calendarFor(school.id)).filter(
        (f) => f.startsOn <= to && f.endsOn >= from,
      );
      rows.push({
        school: { id: school.id },
        freezes,
        changes: changes.filter((c) => c.schoolIds.includes(school.id)).map(changeView) as never,
      });
    }
    return rows;
  }

  @Mutation(() => Change)
  @Roles(...IT_TEAM)
  async createChange(
    @Args('input') input: CreateChangeInput,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(
      await this.idempotency.once({
        key,
        operation: 'createChange',
        input,
        create: () => this.service.create(actor, input),
        idOf: (c) => c.id,
        load: (id) => this.service.get(id),
      }),
    );
  }

  @Mutation(() => Change)
  @Roles(...IT_TEAM)
  async submitChange(@Args('changeId', { type: () => ID }) changeId: string, @CurrentActor() actor: Actor) {
    return changeView(await this.service.submit(actor, changeId));
  }

  @Mutation(() => Change, {
    description: 'LOW risk: an engineer or the IT director; MEDIUM and HIGH: the IT director. Never your own.',
  })
  @Roles('ENGINEER', 'IT_DIRECTOR')
  async approveChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('comment', { nullable: true }) comment: string,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.approval.decide(actor, changeId, true, comment ?? null));
  }

  @Mutation(() => Change)
  @Roles('ENGINEER', 'IT_DIRECTOR')
  async rejectChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('comment') comment: string,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.approval.decide(actor, changeId, false, comment));
  }

  @Mutation(() => Change, {
    description:
      'Fails with CHANGE_FREEZE (school, freeze, next free window) for a classroom change in a freeze without consent',
  })
  @Roles(...IT_TEAM)
  async scheduleChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('start') start: Date,
    @Args('end') end: Date,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.scheduling.schedule(actor, changeId, start, end));
  }

  @Mutation(() => Change, {
    description: 'An educator lead of the school agrees to the change going ahead in its freeze',
  })
  @Roles('STAFF', 'EXECUTIVE')
  async consentToChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.consent.add(actor, changeId, schoolId));
  }

  @Mutation(() => Change)
  @Roles(...IT_TEAM)
  async completeChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('outcome', { type: () => ChangeOutcome }) outcome: ChangeOutcome,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.service.complete(actor, changeId, outcome));
  }

  @ResolveField(() => [ChangeConsent])
  async consents(@Parent() change: Change): Promise<ChangeConsent[]> {
    return (await this.consent.list(change.id)).map((c) => ({
      school: { id: c.schoolId },
      consentedBy: { id: c.consentedBy },
      consentedAt: c.consentedAt,
    }));
  }
}
