import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TenantDb } from '@trustops/service-kit';
import { InProcessService, startInProcess } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';
import { TicketsService } from '../tickets/tickets.service';
import { TicketWorkService } from '../tickets/ticket-work.service';

export type TestSupportDesk = InProcessService;

/**
 * The desk in this process with the demo copies and tickets, attachments in a temporary folder; `env` adds
 * settings (e.g. SLA_WATCH_EVERY_MS) for this start.
 */
export async function startSupportDesk(env: Record<string, string> = {}): Promise<TestSupportDesk> {
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'desk-attachments-'));
  const service = await startInProcess({
    appModule: AppModule,
    schema: 'support_desk',
    env: { ATTACHMENTS_DIR: attachmentsDir, ...env },
    prepare: (app) => seedDemo(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService)),
  });
  return {
    ...service,
    stop: async () => {
      await service.stop();
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}
