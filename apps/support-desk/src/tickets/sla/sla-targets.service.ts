import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput } from '@trustops/service-kit';
import { TrustCache } from '../../directory-copies/trust-cache';
import { DEFAULT_SLA, Priority, SlaTarget } from '../ticket-rules';
import { SlaRepository } from './sla.repository';

export interface SlaTargetRow {
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  isDefault: boolean;
}

const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
/** 60 school days of 9 hours: anything longer is not a service level. */
const MAX_MINUTES = 60 * 9 * 60;

export function checkTarget(firstResponseMinutes: number, resolutionMinutes: number): void {
  for (const [field, value] of [
    ['firstResponseMinutes', firstResponseMinutes],
    ['resolutionMinutes', resolutionMinutes],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_MINUTES) {
      throw badInput(`${field} is a whole number of working minutes from 1 to ${MAX_MINUTES} (60 school days)`, {
        field,
      });
    }
  }
  if (resolutionMinutes < firstResponseMinutes) {
    throw badInput('The resolution target cannot be shorter than the first-response target', {
      field: 'resolutionMinutes',
    });
  }
}

/** Per-trust SLA targets by priority; a priority the trust has not set uses PRODUCT.md's default. */
@Injectable()
export class SlaTargetsService {
  constructor(
    private readonly repo: SlaRepository,
    private readonly audit: AuditService,
    private readonly cache: TrustCache,
  ) {}

  async list(): Promise<SlaTargetRow[]> {
    const rows = await this.cache.cached('sla-targets', () => this.repo.targets());
    return PRIORITIES.map((priority) => {
      const set = rows.find((r) => r.priority === priority);
      const target = set ? { firstResponse: set.first, resolution: set.resolution } : DEFAULT_SLA[priority];
      return {
        priority,
        firstResponseMinutes: target.firstResponse,
        resolutionMinutes: target.resolution,
        isDefault: !set,
      };
    });
  }

  async targetFor(priority: Priority): Promise<SlaTarget> {
    const row = (await this.list()).find((r) => r.priority === priority)!;
    return { firstResponse: row.firstResponseMinutes, resolution: row.resolutionMinutes };
  }

  /** Applies to tickets raised from now on; open tickets keep the target they were raised with. */
  async set(
    actor: Actor,
    priority: Priority,
    firstResponseMinutes: number,
    resolutionMinutes: number,
  ): Promise<SlaTargetRow> {
    checkTarget(firstResponseMinutes, resolutionMinutes);
    const before = (await this.list()).find((r) => r.priority === priority);
    await this.repo.setTarget({ priority, first: firstResponseMinutes, resolution: resolutionMinutes });
    this.cache.forget(actor.trustId);
    await this.audit.record({
      entity: 'sla_target',
      entityId: priority,
      action: 'set',
      before,
      after: { firstResponseMinutes, resolutionMinutes },
    });
    return { priority, firstResponseMinutes, resolutionMinutes, isDefault: false };
  }
}
