import { moveLabel } from './ticket-moves';

describe('moveLabel', () => {
  it.each([
    { title: 'resolving from open', from: 'OPEN' as const, to: 'RESOLVED' as const, expected: 'Resolve' },
    {
      title: 'restarting the clock from waiting',
      from: 'WAITING' as const,
      to: 'OPEN' as const,
      expected: 'Reopen clock',
    },
    { title: 'reopening a resolved ticket', from: 'RESOLVED' as const, to: 'OPEN' as const, expected: 'Reopen' },
    { title: 'a move with no words yet', from: 'CLOSED' as const, to: 'OPEN' as const, expected: 'Move to open' },
  ])('$title: $expected', ({ from, to, expected }) => {
    expect(moveLabel(from, to)).toBe(expected);
  });
});
