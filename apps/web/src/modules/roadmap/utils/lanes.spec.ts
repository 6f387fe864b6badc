import { groupByObjective, laneBeside, pounds } from './lanes';

describe('roadmap helpers', () => {
  it('groups initiatives by their first objective, in order of appearance', () => {
    const items = [
      { id: 'a', objectives: [{ id: '1', title: 'Safety' }] },
      { id: 'b', objectives: [] },
      { id: 'c', objectives: [{ id: '1', title: 'Safety' }] },
    ];
    expect(groupByObjective(items).map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['Safety', ['a', 'c']],
      ['Other', ['b']],
    ]);
  });

  it.each([
    ['NEXT', -1, 'NOW'],
    ['NEXT', 1, 'LATER'],
    ['NOW', -1, null],
    ['LATER', 1, null],
  ] as const)('%s moved %i is %s', (from, dir, expected) => {
    expect(laneBeside(from, dir)).toBe(expected);
  });

  it('writes money as a CEO reads it', () => {
    expect(pounds(86000)).toBe('£86k');
    expect(pounds(450)).toBe('£450');
  });
});
