import { bootstrapService, RunningService, TenantDb } from '@trustops/service-kit';
import { createTestDatabase, createTestSigner, TestDatabase, TestSigner } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';

export interface TestLeadershipReporting extends RunningService { db: TestDatabase; signer: TestSigner }

/** Leadership reporting in this process against a fresh database with the demo data; tokens come from a test key. */
export async function startLeadershipReporting(env: Record<string, string> = {}): Promise<TestLeadershipReporting> {
  const db = await createTestDatabase(['leadership_reporting']);
  const signer = await createTestSigner();
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, JWKS_JSON: signer.jwksJson, REPORT_SCHEDULE_EVERY_MS: '0', ...env });
  try {
    const service = await bootstrapService(AppModule, { port: 0, relay: false, prepare: (app) => seedDemo(app.get(TenantDb)) });
    return { ...service, db, signer, stop: async () => { await service.stop(); await db.drop(); } };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
