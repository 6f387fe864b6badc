import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapService, RunningService, TenantDb } from '@trustops/service-kit';
import { createTestDatabase, createTestSigner, TestDatabase, TestSigner } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';
import { TicketsService } from '../tickets/tickets.service';
import { TicketWorkService } from '../tickets/ticket-work.service';

export interface TestSupportDesk extends RunningService {
  db: TestDatabase;
  signer: TestSigner;
}

/**
 * The desk in this process against a fresh database with the demo copies and tickets; tokens come from a test key.
 * `env` adds settings (e.g. SLA_WATCH_EVERY_MS) for this start.
 */
export async function startSupportDesk(env: Record<string, string> = {}): Promise<TestSupportDesk> {
  const db = await createTestDatabase(['support_desk']);
  const signer = await createTestSigner();
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'desk-attachments-'));
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, JWKS_JSON: signer.jwksJson, ATTACHMENTS_DIR: attachmentsDir, ...env });
  try {
    const service = await bootstrapService(AppModule, {
      port: 0, relay: false,
      prepare: (app) => seedDemo(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService)),
    });
    return { ...service, db, signer, stop: async () => { await service.stop(); await db.drop(); await rm(attachmentsDir, { recursive: true, force: true }); } };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
