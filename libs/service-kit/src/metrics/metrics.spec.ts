import { EventEnvelope } from '@trustops/contracts';
import { OperationDefinitionNode, parse } from 'graphql';
import { Metrics, metricsAllowed, operationLabels } from './metrics';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('metrics', () => {
  it('labels a request by its operation type and first root field, whatever the client names it', () => {
    expect(
      operationLabels(operation('mutation WhateverINamedIt { raiseTicket(input: {}) { id } other { id } }')),
    ).toEqual({ type: 'mutation', field: 'raiseTicket' });
    expect(operationLabels(operation('{ tickets { totalCount } }'))).toEqual({ type: 'query', field: 'tickets' });
    expect(operationLabels(operation('{ ... on Query { tickets { totalCount } } }'))).toEqual({
      type: 'query',
      field: 'fragment',
    });
    expect(operationLabels(undefined)).toEqual({ type: 'none', field: 'none' });
  });

  it('opens /metrics to anyone without METRICS_TOKEN outside production, to nobody in production, and only to its bearer with it', () => {
    expect(metricsAllowed(undefined, undefined, false)).toBe(true);
    expect(metricsAllowed(undefined, undefined, true)).toBe(false);
    expect(metricsAllowed(undefined, 's3cret', false)).toBe(false);
    expect(metricsAllowed('Bearer wrong!', 's3cret', true)).toBe(false);
    expect(metricsAllowed('Bearer s3cret', 's3cret', true)).toBe(true);
  });

  it("records each applied event's lag from its write, in seconds", async () => {
    const metrics = new Metrics('test');
    const event = (occurredAt: string) =>
      ({ id: 'x', type: 't', trustId: 'tr', source: 's', actorId: null, occurredAt, payload: {} }) as EventEnvelope;
    metrics.eventsApplied(
      'reporting',
      [event('2026-11-25T10:00:00.000Z'), event('2026-11-25T10:00:01.500Z')],
      Date.parse('2026-11-25T10:00:02.000Z'),
    );
    const { values } = await metrics.eventLagSeconds.get();
    const value = (name: string, le?: number) =>
      values.find(
        (v) => v.metricName === name && v.labels.consumer === 'reporting' && (v.labels as { le?: number }).le === le,
      )?.value;
    expect(value('trustops_event_lag_seconds_count')).toBe(2);
    expect(value('trustops_event_lag_seconds_sum')).toBe(2.5);
    expect(value('trustops_event_lag_seconds_bucket', 0.5)).toBe(1);
  });
});
