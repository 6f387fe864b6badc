import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { Actor, AuditService, badInput, forbidden } from '@trustops/service-kit';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { ChangeStatus } from './change-rules';
import { changeErrors } from './changes.errors';
import { ChangeConsentRow, ChangeRow, ChangesRepository } from './changes.repository';
import { ChangesService } from './changes.service';

/** Statuses in which a change may still be scheduled, so consent to its window still means something. */
const CONSENTABLE: ChangeStatus[] = ['SUBMITTED', 'APPROVED', 'SCHEDULED'];

/** A school's consent lets a classroom change go ahead in that school's freeze (seed 002). */
@Injectable()
export class ChangeConsentService {
  constructor(
    private readonly repository: ChangesRepository,
    private readonly copies: DirectoryCopiesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly changes: ChangesService,
  ) {}

  list(changeId: string): Promise<ChangeConsentRow[]> {
    return this.repository.consents(changeId);
  }

  /** An educator lead (staff or executive) of an affected school consents to the change going ahead in a freeze. */
  async add(actor: Actor, id: string, schoolId: string): Promise<ChangeRow> {
    const member = await this.copies.member(actor.userId);
    const isEducator =
      !!member?.educatorLead &&
      can(member.role, 'CONSENT_TO_CHANGES') &&
      (!member.schoolIds || member.schoolIds.includes(schoolId));
    if (!isEducator)
      throw forbidden('Only an educator lead of that school can consent to a change in its freeze', { schoolId });
    const change = await this.changes.require(id);
    if (!change.schoolIds.includes(schoolId))
      throw badInput('That school is not one the change affects', { field: 'schoolId' });
    if (!CONSENTABLE.includes(change.status))
      throw changeErrors.error('CHANGE_STATUS_MOVE', `A ${change.status} change needs no consent`, { changeId: id });
    if (await this.repository.addConsent(id, schoolId, actor.userId)) {
      await this.audit.record({ entity: 'change', entityId: id, action: 'consented', after: { schoolId } });
      await this.events.emit('change.consented', { changeId: id, schoolId, consentedBy: actor.userId });
    }
    return change;
  }
}
