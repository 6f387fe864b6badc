/**
 * Test data with defaults: `const makeTicket = factory((n) => ({ subject: `Printer ${n}`, ... }))`, then
 * `makeTicket({ priority: 'P1' })` says only what the test is about. `n` counts up per factory, so values
 * that must be unique (numbers, emails, tags) are.
 */
export function factory<T extends object>(defaults: (n: number) => T): (overrides?: Partial<T>) => T {
  let n = 0;
  return (overrides = {}) => ({ ...defaults(++n), ...overrides });
}
