import { describeEvent } from './ticket-history';

describe('describeEvent', () => {
  it.each([
    {
      row: { action: 'status_changed', before: { status: 'OPEN' }, after: { status: 'WAITING' } },
      expected: 'OPEN → WAITING',
    },
    {
      row: { action: 'sla_breached', before: null, after: { clock: 'FIRST_RESPONSE' } },
      expected: 'SLA breached: first response past due',
    },
    {
      row: { action: 'sla_warning', before: null, after: { clock: 'RESOLUTION' } },
      expected: 'SLA warning: resolution at 75%',
    },
    { row: { action: 'rated', before: null, after: { score: 4 } }, expected: 'Rated 4 of 5' },
    { row: { action: 'asset_linked', before: { assetId: 'a' }, after: { assetId: null } }, expected: 'Asset unlinked' },
    { row: { action: 'something_new', before: null, after: null }, expected: 'something new' },
  ])('$expected', ({ row, expected }) => {
    expect(describeEvent(row)).toBe(expected);
  });
});
