import { EventEnvelope } from '@trustops/contracts';
import { groupByTrust } from './event-consumer';

const event = (id: string, trustId: string): EventEnvelope => ({ id, type: 't', trustId, source: 's', actorId: null, occurredAt: '', payload: {} });

describe('groupByTrust', () => {
  it('keeps the events of each trust in their order, one group per trust', () => {
    const groups = groupByTrust([event('1', 'A'), event('2', 'B'), event('3', 'A'), event('4', 'A'), event('5', 'B')]);
    expect(groups.map((g) => g.map((e) => e.id))).toEqual([['1', '3', '4'], ['2', '5']]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByTrust([])).toEqual([]);
  });
});
