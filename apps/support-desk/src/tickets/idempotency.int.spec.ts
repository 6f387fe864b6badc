import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { randomUUID } from 'node:crypto';
import { deskUnderTest } from '../testing/desk-client';
import { makeRaiseInput } from '../testing/factories';

const RAISE =
  'mutation ($input: RaiseTicketInput!, $key: String) { raiseTicket(input: $input, idempotencyKey: $key) { id number subject } }';
const REPLY =
  'mutation ($t: ID!, $b: String!, $key: String) { replyToTicket(ticketId: $t, body: $b, idempotencyKey: $key) { id body } }';
const input = (subject: string, schoolId = NORTHSTAR.schools[0].id) =>
  makeRaiseInput({
    schoolId,
    subject,
    description: 'Projector shows no picture',
    impact: 'LOW',
    urgency: 'MEDIUM',
    category: 'DEVICES',
  });

describe('idempotency keys on create mutations', () => {
  const { as } = deskUnderTest();
  const countBySubject = async (subject: string) =>
    ok(
      await as('director', 'query ($f: TicketFilter) { tickets(first: 50, filter: $f) { totalCount } }', {
        f: { text: subject },
      }),
    ).tickets.totalCount as number;

  it('returns the first ticket for a retry with the same key, and writes it once', async () => {
    const key = randomUUID();
    const first = ok(await as('teacher', RAISE, { input: input('Projector retry A1'), key })).raiseTicket;
    const again = ok(await as('teacher', RAISE, { input: input('Projector retry A1'), key })).raiseTicket;
    expect(again).toEqual(first);
    expect(await countBySubject('Projector retry A1')).toBe(1);
  });

  it('makes one ticket of five concurrent submissions with one key (a double click)', async () => {
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => as('teacher', RAISE, { input: input('Projector double click B2'), key })),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => ok(a).raiseTicket.id)).size).toBe(1);
    expect(await countBySubject('Projector double click B2')).toBe(1);
  });

  it('refuses the same key with another body as IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const key = randomUUID();
    await as('teacher', RAISE, { input: input('Projector first C3'), key });
    expect(errorCodes(await as('teacher', RAISE, { input: input('Projector second C3'), key }))).toEqual([
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(await countBySubject('Projector second C3')).toBe(0);
  });

  it('keeps keys per user and per trust: another user or trust with the same key gets its own ticket and never sees the first', async () => {
    const key = randomUUID();
    const mine = ok(await as('teacher', RAISE, { input: input('Projector shared key D4'), key })).raiseTicket;
    const theirs = ok(await as('director', RAISE, { input: input('Projector shared key D4'), key })).raiseTicket;
    const riverside = ok(
      await as('riverside', RAISE, { input: input('Projector shared key D4', RIVERSIDE.schools[0].id), key }),
    ).raiseTicket;
    expect(new Set([mine.id, theirs.id, riverside.id]).size).toBe(3);
    const stolen = await as('riverside', RAISE, { input: input('Projector shared key D4'), key });
    expect(errorCodes(stolen)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(JSON.stringify(stolen)).not.toContain(mine.id);
  });

  it('posts one reply for a retried reply', async () => {
    const ticket = ok(await as('teacher', RAISE, { input: input('Projector reply E5') })).raiseTicket;
    const key = randomUUID();
    const replies = [
      await as('tech', REPLY, { t: ticket.id, b: 'On my way', key }),
      await as('tech', REPLY, { t: ticket.id, b: 'On my way', key }),
    ];
    expect(ok(replies[1]).replyToTicket.id).toBe(ok(replies[0]).replyToTicket.id);
    const seen = ok(await as('tech', 'query ($t: ID!) { ticket(id: $t) { replies { id } } }', { t: ticket.id })).ticket
      .replies;
    expect(seen).toHaveLength(1);
  });

  it('refuses a malformed key as BAD_USER_INPUT, and a call without a key still works as before', async () => {
    expect(errorCodes(await as('teacher', RAISE, { input: input('Projector bad key F6'), key: 'x' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await countBySubject('Projector bad key F6')).toBe(0);
    await as('teacher', RAISE, { input: input('Projector no key F6') });
    await as('teacher', RAISE, { input: input('Projector no key F6') });
    expect(await countBySubject('Projector no key F6')).toBe(2);
  });
});
