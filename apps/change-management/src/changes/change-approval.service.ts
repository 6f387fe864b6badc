import { Injectable } from '@nestjs/common';
import { Actor, Clock, optionalText, text } from '@trustops/service-kit';
import { checkApprover } from './change-rules';
import { changeRefusal } from './changes.errors';
import { ChangeRow } from './changes.repository';
import { ChangesService } from './changes.service';

/** An engineer's or the IT director's decision on a submitted change (who may decide: change-rules.ts). */
@Injectable()
export class ChangeApprovalService {
  constructor(
    private readonly changes: ChangesService,
    private readonly clock: Clock,
  ) {}

  async decide(actor: Actor, id: string, approve: boolean, comment: string | null): Promise<ChangeRow> {
    // A rejection says why; an approval may.
    const said = approve
      ? optionalText('comment', comment, 'note')
      : text('comment', comment, 'note', { label: 'The reason for rejecting the change' });
    const change = await this.changes.require(id);
    this.changes.step('decide', change);
    const check = checkApprover(actor.role, actor.userId, change.createdBy, change.risk);
    if (!check.ok) throw changeRefusal(check, { changeId: id, risk: change.risk });
    return this.changes.move(
      actor,
      change,
      approve ? 'APPROVED' : 'REJECTED',
      approve ? 'change.approved' : 'change.rejected',
      { decided_by: actor.userId, decided_at: this.clock.now(), decision_comment: said },
    );
  }
}
