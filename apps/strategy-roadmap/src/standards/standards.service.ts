import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, optionalText } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { EventsService } from '../events/events.service';
import { InitiativeRow } from '../initiatives/initiatives.repository';
import { InitiativesService } from '../initiatives/initiatives.service';
import { standardErrors } from './standards.errors';
import { AssessmentRow, StandardRow, StandardsRepository } from './standards.repository';

export type AssessmentOfStandard = AssessmentRow & { standard: StandardRow };

/** The DfE digital and technology standards: each school's level, the trust's coverage, and gaps turned into plans. */
@Injectable()
export class StandardsService {
  constructor(
    private readonly repository: StandardsRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(): Promise<StandardRow[]> {
    return this.repository.list();
  }

  async require(id: string): Promise<StandardRow> {
    const row = await this.repository.find(id);
    if (!row) throw standardErrors.error('STANDARD_NOT_FOUND', 'No standard with that id', { standardId: id });
    return row;
  }

  /** The school × standard matrix (one school when schoolId is given), each with its standard. */
  async assessments(schoolId: string | null): Promise<AssessmentOfStandard[]> {
    const standards = await this.repository.list();
    return (await this.repository.assessments(schoolId)).map((a) => ({
      ...a,
      standard: standards.find((s) => s.id === a.standardId)!,
    }));
  }

  async assess(
    actor: Actor,
    schoolId: string,
    standardId: string,
    level: string,
    evidence: string | null,
  ): Promise<AssessmentOfStandard> {
    const given = optionalText('evidence', evidence, 'note');
    await this.copies.requireSchool(actor, schoolId);
    const standard = await this.require(standardId);
    const before = await this.repository.levelOf(schoolId, standardId);
    const row = await this.repository.save({
      schoolId,
      standardId,
      level,
      evidence: given ?? '',
      assessedBy: actor.userId,
    });
    await this.audit.record({
      entity: 'standard_assessment',
      entityId: `${schoolId}:${standard.code}`,
      action: 'assessed',
      before,
      after: { level, evidence },
    });
    await this.events.emit('standard.assessed', {
      schoolId,
      standardId,
      code: standard.code,
      level,
      assessedOn: row.assessedOn,
    });
    return { ...row, standard };
  }

  /** Per standard: schools met, partly met, not met, not yet assessed. */
  async coverage(): Promise<
    { standard: StandardRow; met: number; partlyMet: number; notMet: number; notAssessed: number }[]
  > {
    const schools = (await this.copies.schools()).length;
    const counts = await this.repository.levelCounts();
    return (await this.repository.list()).map((standard) => {
      const c = counts.find((x) => x.standardId === standard.id) ?? { met: 0, partly: 0, not: 0 };
      return {
        standard,
        met: c.met,
        partlyMet: c.partly,
        notMet: c.not,
        notAssessed: Math.max(0, schools - c.met - c.partly - c.not),
      };
    });
  }

  /** A gap becomes a PROPOSED initiative in NEXT for the schools that do not (fully) meet the standard. */
  async gapToInitiative(actor: Actor, standardId: string): Promise<InitiativeRow> {
    const standard = await this.require(standardId);
    const schoolIds = await this.repository.schoolsShortOf(standardId);
    if (!schoolIds.length)
      throw badInput(`Every assessed school meets "${standard.title}": there is no gap to plan for`, {
        field: 'standardId',
      });
    const name = standard.title.toLowerCase();
    const schools = `${schoolIds.length} school${schoolIds.length > 1 ? 's' : ''}`;
    return this.initiatives.create(
      actor,
      {
        title: `Meet the ${name} standard`,
        problem: `How can we meet the DfE ${name} standard at the ${schools} that do not yet? ${standard.summary}.`,
        schoolIds,
        horizon: 'NEXT' as never,
      },
      standardId,
    );
  }
}
