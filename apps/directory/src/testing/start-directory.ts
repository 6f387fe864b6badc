import { bootstrapService, RunningService, TenantDb } from '@trustops/service-kit';
import { createTestDatabase, signIn, TestDatabase } from '@trustops/testing';
import { Client } from 'pg';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';
import { CallAs, callAs } from './factories';

export interface TestDirectory extends RunningService {
  db: TestDatabase;
}

/**
 * Directory in this process, on a free port, against a fresh database seeded with the demo trusts (`seed: false`:
 * an empty install, as first-run setup finds it).
 */
export async function startDirectory(
  env: Record<string, string> = {},
  { seed = true }: { seed?: boolean } = {},
): Promise<TestDirectory> {
  const db = await createTestDatabase(['directory']);
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, ...env });
  try {
    const service = await bootstrapService(AppModule, {
      port: 0,
      prepare: seed ? (app) => seedDemo(app.get(TenantDb)) : undefined,
    });
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

/** A running directory, a superuser client to its database (to prove what was and was not written), and callers. */
export interface DirectoryWithCallers {
  directory: TestDirectory;
  admin: Client;
  /** Northstar's IT director, Riverside's IT director, and Northstar's school-scoped technician. */
  northstar: CallAs;
  riverside: CallAs;
  technician: CallAs;
  stop(): Promise<void>;
}

/** startDirectory, then the admin client and the three callers most integration specs need. */
export async function startDirectoryWithCallers(env: Record<string, string> = {}): Promise<DirectoryWithCallers> {
  const directory = await startDirectory(env);
  const admin = new Client({ connectionString: directory.db.adminUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  const tokens = await Promise.all(
    ['director@northstar.example', 'director@riverside.example', 'tech@northstar.example'].map((email) =>
      signIn(directory.url, email),
    ),
  );
  const [northstar, riverside, technician] = tokens.map((token) => callAs(directory.url, token));
  return {
    directory,
    admin,
    northstar,
    riverside,
    technician,
    async stop() {
      await admin.end().catch(() => undefined);
      await directory.stop();
    },
  };
}
