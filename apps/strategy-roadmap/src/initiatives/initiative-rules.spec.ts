import { checkStatus, InitiativeStatus, roadmapLanes, wouldCycle } from './initiative-rules';

describe('checkStatus', () => {
  it.each([
    { from: 'PROPOSED' as const, to: 'APPROVED' as const, rag: 'GREEN' as const, reason: null, expected: 'ok' },
    {
      from: 'APPROVED' as const,
      to: 'IN_PROGRESS' as const,
      rag: 'AMBER' as const,
      reason: 'Supplier late',
      expected: 'ok',
    },
    {
      from: 'APPROVED' as const,
      to: 'IN_PROGRESS' as const,
      rag: 'RED' as const,
      reason: ' ',
      expected: 'BAD_USER_INPUT',
    },
    {
      from: 'PROPOSED' as const,
      to: 'DONE' as const,
      rag: 'GREEN' as const,
      reason: null,
      expected: 'INITIATIVE_STATUS_MOVE',
    },
    {
      from: 'DONE' as const,
      to: 'DROPPED' as const,
      rag: 'GREEN' as const,
      reason: null,
      expected: 'INITIATIVE_STATUS_MOVE',
    },
    {
      from: 'IN_PROGRESS' as const,
      to: 'IN_PROGRESS' as const,
      rag: 'AMBER' as const,
      reason: 'Budget',
      expected: 'ok',
    },
  ])('$from → $to ($rag): $expected', ({ from, to, rag, reason, expected }) => {
    const check = checkStatus(from, to, rag, reason);
    expect(check.ok ? 'ok' : check.code).toBe(expected);
  });
});

describe('wouldCycle', () => {
  const edges = [
    { from: 'wifi', to: 'switches' },
    { from: 'switches', to: 'fibre' },
  ];
  it('finds the loop a new dependency would close, and names it', () => {
    expect(wouldCycle(edges, 'fibre', 'wifi')).toEqual(['fibre', 'wifi', 'switches', 'fibre']);
  });
  it('allows a dependency that closes nothing', () => {
    expect(wouldCycle(edges, 'wifi', 'fibre')).toBeNull();
    expect(wouldCycle(edges, 'laptops', 'wifi')).toBeNull();
  });
  it('refuses depending on itself', () => {
    expect(wouldCycle(edges, 'wifi', 'wifi')).toEqual(['wifi', 'wifi']);
  });
});

describe('roadmapLanes', () => {
  const row = (title: string, horizon: 'NOW' | 'NEXT' | 'LATER', status: InitiativeStatus, capitalCost = 0) => ({
    title,
    horizon,
    status,
    capitalCost,
    revenueCost: 100,
  });

  it('puts live initiatives in their lanes, in the order given, with cost totals', () => {
    const lanes = roadmapLanes([
      row('mfa', 'NOW', 'IN_PROGRESS', 1000),
      row('wifi', 'NOW', 'APPROVED', 500),
      row('laptops', 'NEXT', 'PROPOSED', 140_000),
    ]);
    expect(lanes.now).toEqual({
      initiatives: [row('mfa', 'NOW', 'IN_PROGRESS', 1000), row('wifi', 'NOW', 'APPROVED', 500)],
      capitalCost: 1500,
      revenueCost: 200,
    });
    expect(lanes.next.initiatives.map((i) => i.title)).toEqual(['laptops']);
    expect(lanes.later).toEqual({ initiatives: [], capitalCost: 0, revenueCost: 0 });
  });

  it('leaves out what is done or dropped, and its costs', () => {
    const lanes = roadmapLanes([row('old', 'NOW', 'DONE', 9000), row('gone', 'NOW', 'DROPPED', 9000)]);
    expect(lanes.now).toEqual({ initiatives: [], capitalCost: 0, revenueCost: 0 });
  });
});
