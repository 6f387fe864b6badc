import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, badInput, Can, CurrentActor, isUuid } from '@trustops/service-kit';
import { memberNotFound } from '../people/people.errors';
import { EntryKind, entriesOf } from './roster-entries';
import type { RosterPreview } from './roster-preview';
import { RosterQueue } from './roster-queue';
import { PreviewRow, RosterRepository, SourceRow } from './roster.repository';
import { countsOf, RosterService } from './roster.service';
import {
  MemberSources,
  RosterEntryKindEnum,
  RosterEntryPage,
  RosterPreviewView,
  RosterRun,
  RosterSource,
  RosterSourceInput,
  RunProgressView,
} from './roster.types';

type PreviewWithDiff = RosterPreviewView & { diff: RosterPreview };

const previewView = (row: PreviewRow): PreviewWithDiff => ({
  id: row.id,
  sourceId: row.sourceId,
  madeAt: row.madeAt,
  counts: countsOf(row.diff),
  suspendHeld: row.diff.suspendHeld,
  needsConfirmation: row.diff.needsConfirmation,
  active: row.diff.active,
  appliedRunId: row.appliedRunId,
  diff: row.diff,
});

@Resolver(() => RosterSource)
export class RosterSourcesResolver {
  constructor(private readonly roster: RosterService) {}

  @Can('ADMINISTER_TRUST')
  @Query(() => [RosterSource], { description: "The trust's roster sources (IT directors)" })
  rosterSources() {
    return this.roster.sources();
  }

  @Can('ADMINISTER_TRUST')
  @Mutation(() => RosterSource, { description: 'Adds or changes a roster source (its name, role rules, grace period)' })
  configureRosterSource(@Args('input') input: RosterSourceInput) {
    return this.roster.configure(input);
  }

  @ResolveField(() => Boolean)
  hasToken(@Parent() source: SourceRow) {
    return !!source.tokenSealed;
  }

  @ResolveField(() => RosterRun, { nullable: true, description: 'The latest sync applied from it' })
  async lastRun(@Parent() source: RosterSource) {
    const [run] = await this.roster.runs(source.id);
    return run ?? null;
  }

  @ResolveField(() => [RosterRun], { description: 'The last 20 syncs, newest first' })
  runs(@Parent() source: RosterSource) {
    return this.roster.runs(source.id);
  }
}

@Resolver()
export class MemberSourcesResolver {
  constructor(private readonly repository: RosterRepository) {}

  @Can('ADMINISTER_TRUST')
  @Query(() => MemberSources, { description: "Where a member's fields come from (MEMBER_NOT_FOUND for anyone else)" })
  async memberSources(@Args('userId', { type: () => ID }) userId: string) {
    const sources = isUuid(userId) ? await this.repository.memberSources(userId) : null;
    if (!sources) throw memberNotFound(userId);
    return sources;
  }
}

@Resolver(() => RosterPreviewView)
export class RosterPreviewResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly repository: RosterRepository,
  ) {}

  @Can('ADMINISTER_TRUST')
  @Mutation(() => RosterPreviewView, {
    description: "What a sync of the source's latest feed would do; nothing changes until it is applied",
  })
  async previewRosterSync(@CurrentActor() actor: Actor, @Args('sourceId', { type: () => ID }) sourceId: string) {
    return previewView(await this.roster.preview(actor, sourceId));
  }

  @Can('ADMINISTER_TRUST')
  @Query(() => RosterPreviewView)
  async rosterPreview(@Args('id', { type: () => ID }) id: string) {
    return previewView(await this.roster.requirePreview(id));
  }

  @ResolveField(() => RosterEntryPage, { description: 'Its lines, of one kind or all, a page at a time' })
  async entries(
    @Parent() preview: PreviewWithDiff,
    @Args('kind', { type: () => RosterEntryKindEnum, nullable: true }) kind: RosterEntryKindEnum | null,
    @Args('offset', { type: () => Int, nullable: true }) offset: number | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<RosterEntryPage> {
    const from = offset ?? 0;
    const limit = first ?? 50;
    if (from < 0 || limit < 1 || limit > 200) throw badInput('offset ≥ 0 and first from 1 to 200', { field: 'first' });
    const all = entriesOf(preview.diff, (kind as EntryKind | null) ?? null, await this.repository.schoolNames());
    return { totalCount: all.length, items: all.slice(from, from + limit) as RosterEntryPage['items'] };
  }
}

@Resolver(() => RosterRun)
export class RosterRunsResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly queue: RosterQueue,
  ) {}

  @Can('ADMINISTER_TRUST')
  @Mutation(() => RosterRun, {
    description:
      'Applies a preview as a job (progress on rosterRun); ROSTER_CONFIRM_NEEDED unless confirm when over 10% would go',
  })
  applyRosterSync(
    @CurrentActor() actor: Actor,
    @Args('previewId', { type: () => ID }) previewId: string,
    @Args('confirm', { type: () => Boolean, nullable: true }) confirm: boolean | null,
  ) {
    return this.roster.apply(actor, previewId, confirm ?? false);
  }

  @Can('ADMINISTER_TRUST')
  @Query(() => RosterRun, { nullable: true })
  rosterRun(@Args('id', { type: () => ID }) id: string) {
    return this.roster.run(id);
  }

  @ResolveField(() => RunProgressView, { nullable: true, description: 'How far a running sync has got' })
  progress(@Parent() run: RosterRun) {
    return run.status === 'RUNNING' ? this.queue.progress(run.id) : null;
  }
}
