import { DEMO_TRUSTS } from '@trustops/demo-data';
import { seedDirectoryCopies } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { S } from '../schema';

/** The schools of the demo trusts; every figure comes from the other services' events. */
export async function seedDemo(db: TenantDb, today = new Date()): Promise<void> {
  for (const trust of DEMO_TRUSTS) {
    await db.runInTenant({ trustId: trust.id }, async (em) => {
      await em.query(`INSERT INTO ${S}.trust_ref (name) VALUES ($1) ON CONFLICT DO NOTHING`, [trust.name]);
      await seedDirectoryCopies(em, S, trust, today);
    });
  }
}
