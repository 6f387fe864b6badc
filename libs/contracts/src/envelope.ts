/** Every event crosses services in this envelope; `id` is the idempotency key (a consumer applies each id once). */
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

/**
 * One BullMQ job: the events one relay pass took from a service's outbox for one consumer, in outbox order.
 * Under load a pass carries many, so the queue and the consumer pay their per-job cost once per batch.
 */
export interface EventBatch {
  events: EventEnvelope[];
}

/** The events of a job: a batch, or (queued before batches, 2026-11-25) a single envelope. */
export function eventsOf(data: EventBatch | EventEnvelope): EventEnvelope[] {
  return 'events' in data ? data.events : [data];
}
