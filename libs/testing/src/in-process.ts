import { INestApplication, Type } from '@nestjs/common';
import { bootstrapService, RunningService } from '@trustops/service-kit';
import { createTestDatabase, TestDatabase } from './test-database';
import { createTestSigner, TestSigner } from './test-tokens';

export interface InProcessService extends RunningService {
  db: TestDatabase;
  signer: TestSigner;
}

/**
 * A service in this process against a fresh database (its schema and roles), with tokens from a test key and no
 * outbox relay; `prepare` seeds it, `env` adds settings. Stopping it drops the database.
 */
export async function startInProcess(options: {
  appModule: Type<unknown>;
  schema: string;
  prepare?: (app: INestApplication) => Promise<void>;
  env?: Record<string, string>;
}): Promise<InProcessService> {
  const db = await createTestDatabase([options.schema]);
  const signer = await createTestSigner();
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, JWKS_JSON: signer.jwksJson, ...options.env });
  try {
    const service = await bootstrapService(options.appModule, { port: 0, relay: false, prepare: options.prepare });
    return {
      ...service,
      db,
      signer,
      stop: async () => {
        await service.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
