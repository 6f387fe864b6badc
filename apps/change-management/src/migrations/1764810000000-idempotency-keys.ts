import { idempotencyMigration } from '@trustops/service-kit/migrations';

/** Keys of create mutations (raiseTechRequest, createChange, openIncident), so a retried submission never writes twice. */
export class IdempotencyKeys1764810000000 extends idempotencyMigration('change_management') {}
