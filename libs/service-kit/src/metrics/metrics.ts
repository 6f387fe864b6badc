import type { ApolloServerPlugin } from '@apollo/server';
import type { EventEnvelope } from '@trustops/contracts';
import { Kind, OperationDefinitionNode } from 'graphql';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One process's Prometheus metrics (ARCHITECTURE: request duration, queue lag), served at /metrics. Labels are
 * bounded by the schema and the event routes, never by a trust or a user: the figures are the operator's, not a
 * tenant's.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requestSeconds = new Histogram({
    name: 'trustops_graphql_request_seconds',
    help: 'GraphQL requests by operation type, first root field and outcome',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly eventLagSeconds = new Histogram({
    name: 'trustops_event_lag_seconds',
    help: "From an event's write in its source service to its effect committed by this consumer",
    labelNames: ['consumer'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  eventsApplied(consumer: string, events: EventEnvelope[], now = Date.now()): void {
    for (const event of events)
      this.eventLagSeconds.observe({ consumer }, Math.max(0, now - Date.parse(event.occurredAt)) / 1000);
  }

  /** A gauge read when scraped: `read` gives one value per label set. */
  gaugeOnScrape<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    read: () => Promise<{ labels: Record<L, string>; value: number }[]>,
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await read()) this.set(labels as never, value);
      },
    });
  }
}

/** The label for a request: its operation type and first root field (schema-bounded), or why there is none. */
export function operationLabels(operation: OperationDefinitionNode | undefined): { type: string; field: string } {
  if (!operation) return { type: 'none', field: 'none' };
  const first = operation.selectionSet.selections[0];
  return { type: operation.operation, field: first?.kind === Kind.FIELD ? first.name.value : 'fragment' };
}

/** Times every GraphQL request into `metrics.requestSeconds` (subgraphs and the gateway alike). */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let failed = false;
      return {
        async didEncounterErrors() {
          failed = true;
        },
        async willSendResponse({ operation, response }) {
          const outcome =
            failed || (response.body.kind === 'single' && response.body.singleResult.errors?.length) ? 'error' : 'ok';
          metrics.requestSeconds.observe(
            { ...operationLabels(operation ?? undefined), outcome },
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}

/**
 * With METRICS_TOKEN set, /metrics answers only `Authorization: Bearer <token>`. Without it, anyone who can reach
 * the port may read them, except in production (NODE_ENV=production), where they stay closed until a token is set.
 */
export function metricsAllowed(
  authorization: string | undefined,
  token = process.env.METRICS_TOKEN,
  production = process.env.NODE_ENV === 'production',
): boolean {
  if (!token) return !production;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`));
}

/** Answers GET /metrics (a Nest controller and the gateway's express app alike): the registry's text, or 401. */
export async function sendMetrics(registry: Registry, authorization: string | undefined, res: Response): Promise<void> {
  if (!metricsAllowed(authorization)) {
    res.status(401).json({ status: 'metrics need the METRICS_TOKEN bearer token' });
    return;
  }
  res.type(registry.contentType).send(await registry.metrics());
}
