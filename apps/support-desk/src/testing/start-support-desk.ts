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

/** The desk in this process against a fresh database with the demo copies and tickets; tokens come from a test key. */
export async function startSupportDesk(): Promise<TestSupportDesk> {
  const db = await createTestDatabase(['support_desk']);
  const signer = await createTestSigner();
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, JWKS_JSON: signer.jwksJson });
  try {
    const service = await bootstrapService(AppModule, {
      port: 0, relay: false,
      prepare: (app) => seedDemo(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService)),
    });
    return { ...service, db, signer, stop: async () => { await service.stop(); await db.drop(); } };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
