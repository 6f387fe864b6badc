import { EventEnvelope, eventsOf } from '@trustops/contracts';
import { groupByTrust } from './event-consumer';
import { batchJobId } from './outbox-relay';

const event = (id: string, trustId: string): EventEnvelope => ({
  id,
  type: 't',
  trustId,
  source: 's',
  actorId: null,
  occurredAt: '',
  payload: {},
});

describe('groupByTrust', () => {
  it('keeps the events of each trust in their order, one group per trust', () => {
    const groups = groupByTrust([event('1', 'A'), event('2', 'B'), event('3', 'A'), event('4', 'A'), event('5', 'B')]);
    expect(groups.map((g) => g.map((e) => e.id))).toEqual([
      ['1', '3', '4'],
      ['2', '5'],
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByTrust([])).toEqual([]);
  });
});

describe('batchJobId', () => {
  it('is the same for the same events and differs for another set with the same first event and length', () => {
    const [a, b, c] = [event('a', 'T'), event('b', 'T'), event('c', 'T')];
    expect(batchJobId([a, b])).toBe(batchJobId([event('a', 'T'), event('b', 'T')]));
    expect(batchJobId([a, b])).not.toBe(batchJobId([a, c]));
    expect(batchJobId([a, b])).toMatch(/^[0-9a-f]{64}$/); // BullMQ refuses ids with ':'
  });
});

describe('eventsOf', () => {
  it('reads a batch, and a single envelope queued before batches', () => {
    const a = event('a', 'T');
    expect(eventsOf({ events: [a, event('b', 'T')] }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(eventsOf(a)).toEqual([a]);
  });
});
