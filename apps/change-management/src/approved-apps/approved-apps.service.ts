import { Injectable } from '@nestjs/common';
import { AuditService } from '@trustops/service-kit';
import { approvedAppErrors } from './approved-apps.errors';
import { AppRow, ApprovedAppsRepository, NewApp } from './approved-apps.repository';

/** The trust's approved-apps register: searchable by anyone before they ask. */
@Injectable()
export class ApprovedAppsService {
  constructor(
    private readonly apps: ApprovedAppsRepository,
    private readonly audit: AuditService,
  ) {}

  search(text: string | null): Promise<AppRow[]> {
    return this.apps.search(text?.trim() || null);
  }

  async setDpia(id: string, status: string): Promise<AppRow> {
    const before = await this.apps.get(id);
    if (!before) throw approvedAppErrors.error('APP_NOT_FOUND', 'No app with that id in your register', { appId: id });
    await this.apps.setDpia(id, status);
    await this.audit.record({
      entity: 'approved_app',
      entityId: id,
      action: 'dpia_set',
      before: { dpiaStatus: before.dpiaStatus },
      after: { dpiaStatus: status },
    });
    return { ...before, dpiaStatus: status };
  }

  /** An approved request's app joins the register (DPIA not started) unless it is there already. */
  async registerFromRequest(app: NewApp, approvedBy: string): Promise<void> {
    const id = await this.apps.insertUnlessNamed(app);
    if (id)
      await this.audit.record({
        entity: 'approved_app',
        entityId: id,
        action: 'registered',
        after: { requestId: app.requestId, by: approvedBy },
      });
  }
}
