import { idempotencyMigration } from '@trustops/service-kit';

/** Keys of create mutations (raiseTicket, replyToTicket), so a retried submission never writes twice. */
export class IdempotencyKeys1764900000000 extends idempotencyMigration('support_desk') {}
