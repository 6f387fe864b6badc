/** Every event crosses services in this envelope; `id` is the BullMQ jobId and the idempotency key. */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  id: string;
  type: TType;
  trustId: string;
  source: string;
  actorId: string | null;
  occurredAt: string;
  payload: TPayload;
}

/** Queue names (BullMQ) are per consuming service: the relay fans an event out to each subscriber's queue. */
export const eventQueueName = (consumer: string) => `events-${consumer}`;
