import { submissionKeys, takesIdempotencyKey } from './submission-key';

describe('submissionKeys', () => {
  it('reuses the key while the same values are sent again, and starts a new one for new values or after success', () => {
    const keys = submissionKeys();
    const first = keys.keyFor({ subject: 'Printer' });
    expect(keys.keyFor({ subject: 'Printer' })).toBe(first);
    const edited = keys.keyFor({ subject: 'Printer jammed' });
    expect(edited).not.toBe(first);
    keys.succeeded();
    expect(keys.keyFor({ subject: 'Printer jammed' })).not.toBe(edited);
  });

  it.each([
    {
      title: 'a create mutation',
      mutation:
        'mutation ($input: X!, $idempotencyKey: String) { raiseTicket(input: $input, idempotencyKey: $idempotencyKey) { id } }',
      expected: true,
    },
    {
      title: 'any other mutation',
      mutation: 'mutation ($t: ID!) { assignTicket(ticketId: $t) { id } }',
      expected: false,
    },
  ])('knows whether $title takes a key', ({ mutation, expected }) => {
    expect(takesIdempotencyKey(mutation)).toBe(expected);
  });
});
