import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, forbidden, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import { changeRefused } from './changes.errors';
import { ChangeRow, ChangesService } from './changes.service';

export interface ChangeConsentRow {
  schoolId: string;
  consentedBy: string;
  consentedAt: Date;
}

/** A school's consent lets a classroom change go ahead in that school's freeze (seed 002). */
@Injectable()
export class ChangeConsentService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly changes: ChangesService,
  ) {}

  list(changeId: string): Promise<ChangeConsentRow[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", consented_by AS "consentedBy", consented_at AS "consentedAt"
      FROM ${S}.change_consent WHERE change_id = $1 ORDER BY consented_at`,
      [changeId],
    );
  }

  /** An educator lead (staff or executive) of an affected school consents to the change going ahead in a freeze. */
  async add(actor: Actor, id: string, schoolId: string): Promise<ChangeRow> {
    const member = await this.refs.member(actor.userId);
    const isEducator =
      !!member?.educatorLead &&
      ['STAFF', 'EXECUTIVE'].includes(member.role) &&
      (!member.schoolIds || member.schoolIds.includes(schoolId));
    if (!isEducator)
      throw forbidden('Only an educator lead of that school can consent to a change in its freeze', { schoolId });
    const change = await this.changes.require(id);
    if (!change.schoolIds.includes(schoolId))
      throw badInput('That school is not one the change affects', { field: 'schoolId' });
    if (!['SUBMITTED', 'APPROVED', 'SCHEDULED'].includes(change.status))
      throw changeRefused('CHANGE_STATUS_MOVE', `A ${change.status} change needs no consent`, { changeId: id });
    const [added] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.change_consent (change_id, school_id, consented_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING school_id`,
        [id, schoolId, actor.userId],
      );
    if (added) {
      await this.audit.record({ entity: 'change', entityId: id, action: 'consented', after: { schoolId } });
      await this.events.emit('change.consented', { changeId: id, schoolId, consentedBy: actor.userId });
    }
    return change;
  }
}
