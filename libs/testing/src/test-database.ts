import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, ensureServiceRoles } from '@trustops/service-kit';

export const adminUrl = () => process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  /** What a service gets as DATABASE_URL (it swaps in its own role). */
  url: string;
  /** The same database as the administrator (bypasses RLS): for tests that move time or inspect raw rows. */
  adminUrl: string;
  drop(): Promise<void>;
}

/** A fresh database with the roles and schemas of the given services; each test file gets its own and drops it. */
export async function createTestDatabase(schemas: string[], admin = adminUrl()): Promise<TestDatabase> {
  const name = `trustops_t_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(admin, name);
  for (const schema of schemas) await ensureServiceRoles(admin, name, schema);
  const direct = new URL(admin);
  direct.pathname = `/${name}`;
  const url = new URL(admin);
  url.username = '';
  url.password = '';
  url.pathname = `/${name}`;
  return { name, url: url.toString(), adminUrl: direct.toString(), drop: () => dropDatabase(admin, name) };
}
