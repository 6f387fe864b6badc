import { boardSearch } from './board-search';

describe('boardSearch', () => {
  it.each([
    { title: 'an empty URL is the default range', input: {}, expected: {} },
    {
      title: 'a range and a phase are kept',
      input: { from: '2026-09-01', to: '2026-09-28', phase: 'PRIMARY' },
      expected: { from: '2026-09-01', to: '2026-09-28', phase: 'PRIMARY' },
    },
    {
      title: 'what is not a day or a phase is dropped',
      input: { from: 'soon', to: 20260928, phase: 'X' },
      expected: {},
    },
  ])('$title', ({ input, expected }) => {
    expect(boardSearch(input)).toEqual(expected);
  });
});
