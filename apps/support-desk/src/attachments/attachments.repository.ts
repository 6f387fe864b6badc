import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';

export interface AttachmentRow {
  id: string;
  trustId: string;
  ticketId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  createdAt: Date;
}

export type NewAttachment = Pick<
  AttachmentRow,
  'ticketId' | 'fileName' | 'contentType' | 'sizeBytes' | 'uploadedBy'
> & {
  schoolId: string;
  sha256: string;
};

const COLUMNS = `id, trust_id AS "trustId", ticket_id AS "ticketId", file_name AS "fileName", content_type AS "contentType",
  size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

/** The rows of ticket attachments (the bytes are on disk); RLS keeps them to the trust and school scope. */
@Injectable()
export class AttachmentsRepository {
  constructor(private readonly db: TenantDb) {}

  ofTicket(ticketId: string): Promise<AttachmentRow[]> {
    return this.db
      .em()
      .query(`SELECT ${COLUMNS} FROM support_desk.attachment WHERE ticket_id = $1 ORDER BY created_at`, [ticketId]);
  }

  async byId(id: string): Promise<AttachmentRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.attachment WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insert(a: NewAttachment): Promise<AttachmentRow> {
    const [row] = await this.db.em().query(
      `INSERT INTO support_desk.attachment (ticket_id, school_id, file_name, content_type, size_bytes, sha256, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [a.ticketId, a.schoolId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy],
    );
    return row;
  }
}
