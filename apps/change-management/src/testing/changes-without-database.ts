import { AuditService, Clock } from '@trustops/service-kit';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { ChangeConsentRow, ChangeMoveColumns, ChangeRow, ChangesRepository } from '../changes/changes.repository';
import { ChangesService } from '../changes/changes.service';

/**
 * For unit tests of the change services: the repository as a plain in-memory object, with audit and events
 * recorded, so a spec checks what was written and emitted without a database.
 */
export function changesWithoutDatabase(
  rows: ChangeRow[],
  clock: Clock,
  copies: Partial<DirectoryCopiesRepository> = {},
  consents: ChangeConsentRow[] = [],
) {
  const stored = new Map(rows.map((r) => [r.id, { ...r }]));
  const moves: { id: string; status: string; columns: ChangeMoveColumns }[] = [];
  const emitted: { type: string; payload: unknown }[] = [];
  const audited: unknown[] = [];
  const repository = {
    get: async (id: string) => stored.get(id) ?? null,
    consents: async () => consents,
    move: async (id: string, status: ChangeRow['status'], columns: ChangeMoveColumns) => {
      moves.push({ id, status, columns });
      const row = stored.get(id)!;
      stored.set(id, {
        ...row,
        status,
        decidedBy: columns.decided_by ?? row.decidedBy,
        decisionComment: 'decision_comment' in columns ? (columns.decision_comment ?? null) : row.decisionComment,
        scheduledStart: columns.scheduled_start ?? row.scheduledStart,
        scheduledEnd: columns.scheduled_end ?? row.scheduledEnd,
        scheduledBy: columns.scheduled_by ?? row.scheduledBy,
      });
    },
  } as Partial<ChangesRepository> as ChangesRepository;
  const audit = { record: async (entry: unknown) => void audited.push(entry) } as Partial<AuditService> as AuditService;
  const events = {
    emit: async (type: string, payload: unknown) => {
      emitted.push({ type, payload });
      return 'event-id';
    },
  } as Partial<EventsService> as EventsService;
  const directory = copies as DirectoryCopiesRepository;
  const changes = new ChangesService(repository, directory, audit, events, clock);
  return { changes, repository, copies: directory, events, moves, emitted, audited };
}
