import { refuseStaleCaller } from './tenant-db';

const member = { role: 'TECHNICIAN', status: 'ACTIVE', school_ids: ['a', 'b'], tokens_from: null };

describe('refuseStaleCaller', () => {
  it.each([
    {
      title: 'passes a caller whose token says what the membership says',
      row: member,
      caller: { role: 'TECHNICIAN', schoolIds: ['b', 'a'] },
      expected: null,
    },
    {
      title: 'passes a member the copy has not heard of yet',
      row: undefined,
      caller: { role: 'TECHNICIAN', schoolIds: null },
      expected: null,
    },
    {
      title: 'refuses a suspended member',
      row: { ...member, status: 'SUSPENDED' },
      caller: { role: 'TECHNICIAN', schoolIds: ['a', 'b'] },
      expected: 'suspended',
    },
    {
      title: 'refuses a token of another role',
      row: member,
      caller: { role: 'IT_DIRECTOR', schoolIds: ['a', 'b'] },
      expected: 'changed',
    },
    {
      title: 'refuses a token naming a school no longer covered',
      row: { ...member, school_ids: ['a'] },
      caller: { role: 'TECHNICIAN', schoolIds: ['a', 'b'] },
      expected: 'changed',
    },
    {
      title: 'refuses a trust-wide token once narrowed to schools',
      row: member,
      caller: { role: 'TECHNICIAN', schoolIds: null },
      expected: 'changed',
    },
    {
      title: 'refuses a school token once made trust-wide (sign in to get every school)',
      row: { ...member, school_ids: null },
      caller: { role: 'TECHNICIAN', schoolIds: ['a'] },
      expected: 'changed',
    },
    {
      title: 'refuses a token issued before the member signed out everywhere',
      row: { ...member, tokens_from: 1_800_000_100 },
      caller: { role: 'TECHNICIAN', schoolIds: ['a', 'b'], issuedAt: 1_800_000_099 },
      expected: 'signed out everywhere',
    },
    {
      title: 'passes a token issued since',
      row: { ...member, tokens_from: 1_800_000_100 },
      caller: { role: 'TECHNICIAN', schoolIds: ['a', 'b'], issuedAt: 1_800_000_100 },
      expected: null,
    },
  ])('$title', ({ row, caller, expected }) => {
    const refusal = refuseStaleCaller(row, caller);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining(expected) });
  });
});
