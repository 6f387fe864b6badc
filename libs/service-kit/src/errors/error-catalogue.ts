import { DomainError, ErrorCategory } from './domain-error';

/** One code of a catalogue: the family it belongs to and, for docs/errors.md, what it means and what to do. */
export interface ErrorEntry {
  readonly category: ErrorCategory;
  readonly meaning: string;
}

export interface ErrorCatalogue<C extends Record<string, ErrorEntry>> {
  /** Where the codes come from, as docs/errors.md titles it ("Support desk · tickets"). */
  readonly area: string;
  readonly codes: C;
  /** A refusal with a code of this catalogue: a code it does not hold fails typecheck. */
  error(code: keyof C & string, message: string, details?: Record<string, unknown>): DomainError;
}

/**
 * A feature's refusals, declared once with their category and meaning, e.g.
 * `defineErrors('Support desk · tickets', { TICKET_CLOSED: { category: 'CONFLICT', meaning: '...' } })`;
 * throw them with `ticketErrors.error('TICKET_CLOSED', message, details)`. The category is never guessed.
 */
export function defineErrors<const C extends Record<string, ErrorEntry>>(area: string, codes: C): ErrorCatalogue<C> {
  return {
    area,
    codes,
    error: (code, message, details = {}) => new DomainError(code, codes[code].category, message, details),
  };
}

export const isErrorCatalogue = (value: unknown): value is ErrorCatalogue<Record<string, ErrorEntry>> =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as { area?: unknown }).area === 'string' &&
  typeof (value as { codes?: unknown }).codes === 'object' &&
  typeof (value as { error?: unknown }).error === 'function';
