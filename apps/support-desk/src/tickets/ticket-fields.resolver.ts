import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AuditService, CurrentActor, TenantDb } from '@trustops/service-kit';
import { assetView } from '../assets/assets.resolver';
import { AssetsService } from '../assets/assets.service';
import { Asset } from '../assets/assets.types';
import { Attachment } from '../attachments/attachments.types';
import { AttachmentsService } from '../attachments/attachments.service';
import { ArticlesService } from '../knowledge/articles.service';
import { Article } from '../knowledge/articles.types';
import { ReferencesService } from '../references/references.service';
import { workingMinutesLeft } from './sla/sla-clock';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { describeEvent } from './ticket-history';
import { slaStateOf } from './ticket-rules';
import { TicketsService, WORKERS } from './tickets.service';
import { School, Sla, SlaStateEnum, Ticket, TicketEvent, TicketReply, User } from './tickets.types';

/** The fields of a Ticket that need more than its row: references, SLA figures, conversation, history. */
@Resolver(() => Ticket)
export class TicketFieldsResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly tickets: TicketsService,
    private readonly refs: ReferencesService,
    private readonly assets: AssetsService,
    private readonly articles: ArticlesService,
    private readonly files: AttachmentsService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => School)
  school(@Parent() t: TicketEntity) {
    return { id: t.schoolId };
  }

  @ResolveField(() => User)
  requester(@Parent() t: TicketEntity) {
    return { id: t.requesterId };
  }

  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() t: TicketEntity) {
    return t.assigneeId ? { id: t.assigneeId } : null;
  }

  @ResolveField(() => Ticket, { nullable: true })
  parent(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return t.parentId ? this.tickets.get(actor, t.parentId) : null;
  }

  /** Other people's reports of the same outage: the IT team sees them, a requester only their own. */
  @ResolveField(() => [Ticket])
  async children(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    const rows = await this.db.repo(TicketEntity).find({ where: { parentId: t.id }, order: { createdAt: 'ASC' } });
    return WORKERS.includes(actor.role) ? rows : rows.filter((c) => c.requesterId === actor.userId);
  }

  @ResolveField(() => Sla)
  async sla(@Parent() t: TicketEntity): Promise<Sla> {
    const now = new Date();
    const calendar = await this.refs.calendarFor(t.schoolId);
    return {
      state: slaStateOf(t, now) as SlaStateEnum,
      firstResponseDueAt: t.firstResponseDueAt,
      firstRespondedAt: t.firstRespondedAt,
      firstResponseWarningAt: t.firstResponseWarningAt,
      resolutionWarningAt: t.resolutionWarningAt,
      resolutionDueAt: t.resolutionDueAt,
      resolutionMinutesLeft: Math.round((t.resolutionDueAt.getTime() - now.getTime()) / 60_000),
      resolutionWorkingMinutesLeft: roundOrNull(
        workingMinutesLeft(calendar, t, { firstResponse: t.firstResponseTarget, resolution: t.resolutionTarget }, now),
      ),
      firstResponseTargetMinutes: t.firstResponseTarget,
      resolutionTargetMinutes: t.resolutionTarget,
    };
  }

  /** Internal notes never reach the requester (or any non-IT role). */
  @ResolveField(() => [TicketReply])
  async replies(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    const rows = await this.db.repo(TicketReplyEntity).find({ where: { ticketId: t.id }, order: { createdAt: 'ASC' } });
    return rows
      .filter((r) => !r.internal || WORKERS.includes(actor.role))
      .map((r) => ({ ...r, author: { id: r.authorId } }));
  }

  @ResolveField(() => Asset, { nullable: true })
  async asset(@Parent() t: TicketEntity) {
    const asset = t.assetId ? await this.assets.get(t.assetId) : null;
    return asset ? assetView(asset) : null;
  }

  @ResolveField(() => [Article], {
    description: 'For a HOW_TO: the knowledge articles that best match its subject and description',
  })
  suggestedArticles(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    if (t.kind !== 'HOW_TO') return [];
    return this.articles.suggest(actor, `${t.subject} ${t.description}`.slice(0, 2000), t.schoolId, t.category, 3);
  }

  @ResolveField(() => [Attachment])
  attachments(@Parent() t: TicketEntity) {
    return this.files.list(t.id);
  }

  @ResolveField(() => [TicketEvent], { description: 'Status, assignment and SLA alerts, oldest first' })
  async history(@Parent() t: TicketEntity): Promise<TicketEvent[]> {
    await this.audit.flush(); // a mutation asking for the history sees its own steps
    const rows: { action: string; before: never; after: never; actorId: string | null; at: Date }[] = await this.db
      .em()
      .query(
        `SELECT action, before, after, actor_id AS "actorId", at FROM support_desk.audit_log WHERE entity = 'ticket' AND entity_id = $1 ORDER BY id`,
        [t.id],
      );
    return rows.map((r) => ({
      action: r.action,
      summary: describeEvent(r),
      actor: r.actorId ? { id: r.actorId } : null,
      at: r.at,
    }));
  }
}

const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n));
