import { bootstrapService, RunningService, TenantDb } from '@trustops/service-kit';
import { createTestDatabase, createTestSigner, TestDatabase, TestSigner } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';
import { EventsService } from '../shared';

export interface TestStrategyRoadmap extends RunningService { db: TestDatabase; signer: TestSigner }

/** The strategy roadmap in this process against a fresh database with the demo data; tokens come from a test key. */
export async function startStrategyRoadmap(env: Record<string, string> = {}): Promise<TestStrategyRoadmap> {
  const db = await createTestDatabase(['strategy_roadmap']);
  const signer = await createTestSigner();
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, JWKS_JSON: signer.jwksJson, ...env });
  try {
    const service = await bootstrapService(AppModule, { port: 0, relay: false, prepare: (app) => seedDemo(app.get(TenantDb), app.get(EventsService)) });
    return { ...service, db, signer, stop: async () => { await service.stop(); await db.drop(); } };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
