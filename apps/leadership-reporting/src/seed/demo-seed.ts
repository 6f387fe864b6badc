import { DEMO_TRUSTS } from '@trustops/demo-data';
import { seedDirectoryCopies } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { S } from '../rollups/apply-event';

/** The schools of the demo trusts; every figure comes from the other services' events. */
export async function seedDemo(db: TenantDb, today = new Date()): Promise<void> {
  for (const trust of DEMO_TRUSTS) await db.runInTenant({ trustId: trust.id }, (em) => seedDirectoryCopies(em, S, trust, today));
}
