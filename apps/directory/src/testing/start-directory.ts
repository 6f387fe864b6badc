import { bootstrapService, RunningService, TenantDb } from '@trustops/service-kit';
import { createTestDatabase, TestDatabase } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';

export interface TestDirectory extends RunningService {
  db: TestDatabase;
}

/** Directory in this process, on a free port, against a fresh database seeded with the demo trusts. */
export async function startDirectory(env: Record<string, string> = {}): Promise<TestDirectory> {
  const db = await createTestDatabase(['directory']);
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, ...env });
  try {
    const service = await bootstrapService(AppModule, { port: 0, prepare: (app) => seedDemo(app.get(TenantDb)) });
    return {
      ...service,
      db,
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
