import { DomainError } from './errors/domain-error';
import { optionalText, text } from './input-limits';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    return { code: e.code, message: e.message, details: e.details };
  }
  throw new Error('expected a refusal');
};

describe('text limits', () => {
  it.each([
    ['a title, trimmed', () => text('title', '  Printer jammed ', 'title'), 'Printer jammed'],
    ['a title of exactly 200', () => text('title', 'x'.repeat(200), 'title').length, 200],
    ['an absent optional note', () => optionalText('note', undefined, 'note'), null],
    ['a blank optional note', () => optionalText('note', '   ', 'note'), null],
    ['a present optional note', () => optionalText('note', ' why ', 'note'), 'why'],
  ])('accepts %s', (_title, run, expected) => expect(run()).toEqual(expected));

  it.each([
    ['an empty title', () => text('title', '  ', 'title'), 'The title must be 1 to 200 characters', 200],
    ['a title of 201', () => text('title', 'x'.repeat(201), 'title'), 'The title must be 1 to 200 characters', 200],
    ['a missing title', () => text('title', null, 'title'), 'The title must be 1 to 200 characters', 200],
    [
      'a long optional note',
      () => optionalText('note', 'x'.repeat(5001), 'note'),
      'The note must be 1 to 5,000 characters',
      5000,
    ],
    [
      'a tighter cap with a label',
      () => text('tags', 'x'.repeat(41), 'label', { label: 'Each tag', max: 40 }),
      'Each tag must be 1 to 40 characters',
      40,
    ],
    [
      'a nested camelCase field',
      () => text('measures.displayName', '', 'title'),
      'The display name must be 1 to 200 characters',
      200,
    ],
  ])('refuses %s with one shape', (_title, run, message, max) => {
    const field = refusal(run).details.field;
    expect(refusal(run)).toEqual({ code: 'BAD_USER_INPUT', message, details: { field, min: expect.any(Number), max } });
  });
});
