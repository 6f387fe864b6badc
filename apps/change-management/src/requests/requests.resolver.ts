import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, IdempotencyKey, IdempotencyService } from '@trustops/service-kit';
import { ref } from '../entity-refs';
import { RequestRow } from './requests.repository';
import { RequestsService } from './requests.service';
import {
  DecideTechRequestInput,
  DecisionKind,
  RaiseTechRequestInput,
  RequestStatus,
  TechRequest,
} from './requests.types';

const view = (r: RequestRow): TechRequest => ({
  id: r.id,
  school: { id: r.schoolId },
  requester: { id: r.requesterId },
  kind: r.kind,
  title: r.title,
  goal: r.goal,
  reason: r.reason,
  appName: r.appName,
  vendor: r.vendor,
  status: r.status,
  createdAt: r.createdAt,
  decision: r.decision
    ? {
        outcome: r.decision,
        reason: r.decisionReason ?? '',
        conditions: r.conditions,
        risks: r.risks,
        alternatives: r.alternatives,
        decidedBy: { id: r.decidedBy! },
        decidedAt: r.decidedAt!,
      }
    : null,
  appeal: r.appealedAt
    ? {
        note: r.appealNote!,
        appealedAt: r.appealedAt,
        outcome: r.appealDecision,
        decisionNote: r.appealDecisionNote,
        decidedBy: ref(r.appealDecidedBy),
        decidedAt: r.appealDecidedAt,
      }
    : null,
});

@Resolver(() => TechRequest)
export class RequestsResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => [TechRequest], {
    description: 'Your requests; for engineers, the IT director and executives, all of them (newest first)',
  })
  @Can('RAISE_TECH_REQUESTS')
  async techRequests(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => [RequestStatus], nullable: true }) status?: RequestStatus[],
  ) {
    return (await this.requests.list(actor, status ?? null)).map(view);
  }

  @Query(() => TechRequest, { nullable: true })
  @Can('RAISE_TECH_REQUESTS')
  async techRequest(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    const row = await this.requests.get(actor, id);
    return row ? view(row) : null;
  }

  @Mutation(() => TechRequest)
  @Can('RAISE_TECH_REQUESTS')
  async raiseTechRequest(
    @Args('input') input: RaiseTechRequestInput,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return view(
      await this.idempotency.once({
        key,
        operation: 'raiseTechRequest',
        input,
        create: () => this.requests.raise(actor, input),
        idOf: (r) => r.id,
        load: (id) => this.requests.get(actor, id),
      }),
    );
  }

  @Mutation(() => TechRequest, {
    description: 'DECLINED needs a reason, at least one risk and at least one alternative',
  })
  @Can('DECIDE_TECH_REQUESTS')
  async decideTechRequest(@Args('input') input: DecideTechRequestInput, @CurrentActor() actor: Actor) {
    return view(await this.requests.decide(actor, input));
  }

  @Mutation(() => TechRequest, { description: 'Once, by the requester, of a declined request' })
  @Can('RAISE_TECH_REQUESTS')
  async appealTechRequest(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('note') note: string,
    @CurrentActor() actor: Actor,
  ) {
    return view(await this.requests.appeal(actor, requestId, note));
  }

  @Mutation(() => TechRequest, { description: "An executive's decision on an appeal, with both sides' notes in view" })
  @Can('DECIDE_APPEALS')
  async decideAppeal(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('decision', { type: () => DecisionKind }) decision: DecisionKind,
    @Args('note') note: string,
    @CurrentActor() actor: Actor,
  ) {
    return view(await this.requests.decideAppeal(actor, requestId, decision, note));
  }
}
