import { factory } from './factory';
import { ok } from './graphql-client';

describe('factory', () => {
  const makeTicket = factory((n) => ({ subject: `Printer ${n}`, priority: 'P3', tags: [] as string[] }));

  it('fills defaults, counts up and lets a test say only what matters', () => {
    const first = makeTicket();
    const second = makeTicket({ priority: 'P1' });
    expect(first).toEqual({ subject: expect.stringMatching(/^Printer \d+$/), priority: 'P3', tags: [] });
    expect(second.priority).toBe('P1');
    expect(second.subject).not.toBe(first.subject);
  });

  it('gives each object its own defaults', () => {
    const a = makeTicket();
    a.tags.push('wifi');
    expect(makeTicket().tags).toEqual([]);
  });
});

describe('ok', () => {
  it('returns the data of an answer without errors', () => {
    expect(ok({ status: 200, data: { ticket: { id: 't1' } } })).toEqual({ ticket: { id: 't1' } });
  });

  it.each([
    [
      'errors',
      { status: 200, data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] },
      /FORBIDDEN/,
    ],
    ['no data', { status: 502 }, /502/],
  ])('throws, naming what came back, on %s', (_title, response, message) => {
    expect(() => ok(response)).toThrow(message);
  });
});
