import { Injectable } from '@nestjs/common';
import { Actor, badInput } from '@trustops/service-kit';
import { checkApprover } from './change-rules';
import { changeRefused } from './changes.errors';
import { ChangeRow, ChangesService } from './changes.service';

@Injectable()
export class ChangeApprovalService {
  constructor(private readonly changes: ChangesService) {}

  async decide(actor: Actor, id: string, approve: boolean, comment: string | null): Promise<ChangeRow> {
    if (!approve && !comment?.trim()) throw badInput('Say why the change is rejected', { field: 'comment' });
    if ((comment ?? '').length > 5000) throw badInput('Keep the comment under 5,000 characters', { field: 'comment' });
    const change = await this.changes.require(id);
    this.changes.step('decide', change);
    const check = checkApprover(actor.role, actor.userId, change.createdBy, change.risk);
    if (!check.ok) throw changeRefused(check.code, check.message, { changeId: id, risk: change.risk });
    return this.changes.move(
      actor,
      change,
      approve ? 'APPROVED' : 'REJECTED',
      approve ? 'change.approved' : 'change.rejected',
      { decided_by: actor.userId, decided_at: new Date(), decision_comment: comment?.trim() || null },
    );
  }
}
