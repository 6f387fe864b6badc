import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, DateScalar, IdempotencyKey, IdempotencyService } from '@trustops/service-kit';
import { ref } from '../entity-refs';
import { ChangeApprovalService } from './change-approval.service';
import { ChangeCalendarService } from './change-calendar.service';
import { ChangeConsentService } from './change-consent.service';
import { ChangeSchedulingService } from './change-scheduling.service';
import { ChangeRow } from './changes.repository';
import { ChangesService } from './changes.service';
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
    private readonly calendar: ChangeCalendarService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => [Change], { description: 'Changes of your schools, by window' })
  @Can('SEE_CHANGES')
  async changes(@Args('filter', { type: () => ChangeFilter, nullable: true }) filter?: ChangeFilter) {
    return (await this.service.list(filter ?? {})).map(changeView);
  }

  @Query(() => Change, { nullable: true })
  @Can('SEE_CHANGES')
  async change(@Args('id', { type: () => ID }) id: string) {
    const row = await this.service.get(id);
    return row ? changeView(row) : null;
  }

  @Query(() => [Freeze], { description: "A school's change freezes from its calendar, from..to inclusive" })
  @Can('SEE_CHANGES')
  async freezes(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @CurrentActor() actor: Actor,
  ): Promise<Freeze[]> {
    return this.calendar.freezes(actor, schoolId, from, to);
  }

  @Query(() => [ChangeCalendarRow], {
    description: 'Each of your schools with its freezes and scheduled changes, from..to inclusive',
  })
  @Can('SEE_CHANGES')
  async changeCalendar(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('schoolIds', { type: () => [ID], nullable: true }) schoolIds: string[] | null,
    @CurrentActor() actor: Actor,
  ): Promise<ChangeCalendarRow[]> {
    return (await this.calendar.calendar(actor, from, to, schoolIds)).map((row) => ({
      school: { id: row.schoolId },
      freezes: row.freezes,
      changes: row.changes.map(changeView) as never,
    }));
  }

  @Mutation(() => Change)
  @Can('MAKE_CHANGES')
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
  @Can('MAKE_CHANGES')
  async submitChange(@Args('changeId', { type: () => ID }) changeId: string, @CurrentActor() actor: Actor) {
    return changeView(await this.service.submit(actor, changeId));
  }

  @Mutation(() => Change, {
    description: 'LOW risk: an engineer or the IT director; MEDIUM and HIGH: the IT director. Never your own.',
  })
  @Can('APPROVE_CHANGES')
  async approveChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('comment', { nullable: true }) comment: string,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.approval.decide(actor, changeId, true, comment ?? null));
  }

  @Mutation(() => Change)
  @Can('APPROVE_CHANGES')
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
  @Can('MAKE_CHANGES')
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
  @Can('CONSENT_TO_CHANGES')
  async consentToChange(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @CurrentActor() actor: Actor,
  ) {
    return changeView(await this.consent.add(actor, changeId, schoolId));
  }

  @Mutation(() => Change)
  @Can('MAKE_CHANGES')
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
