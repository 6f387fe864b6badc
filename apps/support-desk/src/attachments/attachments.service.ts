import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Actor, AuditService } from '@trustops/service-kit';
import { TicketEventsService } from '../tickets/ticket-events.service';
import { ticketErrors } from '../tickets/tickets.errors';
import { TicketsService } from '../tickets/tickets.service';
import { AttachmentRow, AttachmentsRepository } from './attachments.repository';
import { Attachment } from './attachments.types';

export type { AttachmentRow };

export const attachmentsDir = (env: Record<string, string | undefined> = process.env) =>
  resolve(env.ATTACHMENTS_DIR ?? '.data/attachments');
export const attachmentUrl = (id: string) => `/files/support-desk/attachments/${id}`;

/** Files on disk under ATTACHMENTS_DIR/<trust>/<id>; the row (in the request's transaction) says who may read them. */
@Injectable()
export class AttachmentsService {
  private readonly dir = attachmentsDir();

  constructor(
    private readonly repo: AttachmentsRepository,
    private readonly tickets: TicketsService,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
  ) {}

  async list(ticketId: string): Promise<Attachment[]> {
    const rows = await this.repo.ofTicket(ticketId);
    return rows.map((r) => ({ ...r, url: attachmentUrl(r.id), uploadedBy: { id: r.uploadedBy } }));
  }

  /** Written to a temporary name first, so a reader never sees half a file. */
  async add(
    actor: Actor,
    ticketId: string,
    fileName: string,
    contentType: string,
    bytes: Buffer,
  ): Promise<AttachmentRow> {
    const ticket = await this.tickets.require(actor, ticketId);
    if (ticket.status === 'CLOSED')
      throw ticketErrors.error('TICKET_CLOSED', 'This ticket is closed; raise a new one and attach the file there', {
        ticketId,
      });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const row = await this.repo.insert({
      ticketId,
      schoolId: ticket.schoolId,
      fileName,
      contentType,
      sizeBytes: bytes.length,
      sha256,
      uploadedBy: actor.userId,
    });
    const path = this.pathOf(row);
    await mkdir(join(this.dir, row.trustId), { recursive: true });
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
    await this.audit.record({
      entity: 'ticket',
      entityId: ticketId,
      action: 'attached',
      after: { attachmentId: row.id, fileName, contentType, sizeBytes: bytes.length, sha256 },
    });
    await this.events.emit('ticket.attached', { ticketId, schoolId: ticket.schoolId, attachmentId: row.id });
    return row;
  }

  /** The file, if the caller may see its ticket (a requester their own; the IT team their schools'). */
  async read(actor: Actor, id: string): Promise<{ row: AttachmentRow; bytes: Buffer } | null> {
    const row = await this.repo.byId(id);
    if (!row || !(await this.tickets.get(actor, row.ticketId))) return null;
    return { row, bytes: await readFile(this.pathOf(row)) };
  }

  private pathOf(row: AttachmentRow): string {
    return join(this.dir, row.trustId, row.id);
  }
}
