import { idempotencyMigration } from '@trustops/service-kit/migrations';

/** Keys of create mutations (raiseTicket, replyToTicket), so a retried submission never writes twice. */
export class IdempotencyKeys1764900000000 extends idempotencyMigration('support_desk') {}
