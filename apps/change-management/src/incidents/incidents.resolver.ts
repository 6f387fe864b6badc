import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, IdempotencyKey, IdempotencyService } from '@trustops/service-kit';
import { entryView, incidentView } from './incident-views';
import { IncidentsService } from './incidents.service';
import { Incident, IncidentStateEnum, OpenIncidentInput, TimelineEntry } from './incidents.types';

/** Incidents and their timelines; the independent review is ReviewsResolver's. */
@Resolver(() => Incident)
export class IncidentsResolver {
  constructor(
    private readonly service: IncidentsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => [Incident], {
    description: 'Incidents of your schools, newest first; a reviewer sees only those assigned to them',
  })
  @Can('SEE_INCIDENTS')
  async incidents(@Args('state', { type: () => [IncidentStateEnum], nullable: true }) state?: IncidentStateEnum[]) {
    return (await this.service.list(state ?? null)).map(incidentView);
  }

  @Query(() => Incident, { nullable: true })
  @Can('SEE_INCIDENTS')
  async incident(@Args('id', { type: () => ID }) id: string) {
    const row = await this.service.get(id);
    return row ? incidentView(row) : null;
  }

  @Mutation(() => Incident, {
    description: 'SEV1/SEV2 and data breaches require a review; a data breach starts the 72-hour ICO clock',
  })
  @Can('WORK_INCIDENTS')
  async openIncident(
    @Args('input') input: OpenIncidentInput,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return incidentView(
      await this.idempotency.once({
        key,
        operation: 'openIncident',
        input,
        create: () => this.service.open(actor, input),
        idOf: (i) => i.id,
        load: (id) => this.service.get(id),
      }),
    );
  }

  @Mutation(() => TimelineEntry)
  @Can('WORK_INCIDENTS')
  async addTimelineEntry(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('body') body: string,
    @Args('at', { nullable: true }) at: Date,
    @CurrentActor() actor: Actor,
  ) {
    return entryView(await this.service.addEntry(actor, incidentId, body, at ?? null));
  }

  @Mutation(() => Incident, {
    description: 'OPEN → MITIGATED → RESOLVED → REVIEWED (a required review must be published first)',
  })
  @Can('WORK_INCIDENTS')
  async setIncidentState(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('state', { type: () => IncidentStateEnum }) state: IncidentStateEnum,
    @CurrentActor() actor: Actor,
  ) {
    return incidentView(await this.service.setState(actor, incidentId, state));
  }

  @Mutation(() => Incident)
  @Can('WORK_INCIDENTS')
  async recordIcoNotification(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('at', { nullable: true }) at: Date,
  ) {
    return incidentView(await this.service.recordIcoNotification(incidentId, at ?? null));
  }

  @Mutation(() => Incident, {
    description: "Ticket ids are the support desk's; change ids must be changes you can see",
  })
  @Can('WORK_INCIDENTS')
  async linkIncident(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('ticketIds', { type: () => [ID], nullable: true }) ticketIds: string[],
    @Args('changeIds', { type: () => [ID], nullable: true }) changeIds: string[],
  ) {
    return incidentView(await this.service.link(incidentId, ticketIds ?? [], changeIds ?? []));
  }

  @ResolveField(() => [TimelineEntry])
  async timeline(@Parent() incident: Incident & { id: string }) {
    return (await this.service.entries(incident.id)).map(entryView);
  }

  /** Other services name incidents by id (the roadmap's risks); RLS decides what the caller sees. */
  @ResolveReference()
  async resolveReference(ref: { id: string }) {
    const row = await this.service.get(ref.id);
    return row ? incidentView(row) : null;
  }
}
