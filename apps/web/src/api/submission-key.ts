/**
 * One idempotency key per form submission: the same values sent again (a double click, a retry after a lost
 * answer) reuse the key, so the server writes once; new values, or a success, start a new submission.
 */
export function submissionKeys() {
  let last: { body: string; key: string } | null = null;
  return {
    keyFor(variables: Record<string, unknown>): string {
      const body = JSON.stringify(variables);
      if (last?.body !== body) last = { body, key: randomKey() };
      return last.key;
    },
    succeeded(): void {
      last = null;
    },
  };
}

/** Whether a mutation's text declares `$idempotencyKey` (the create mutations). */
export const takesIdempotencyKey = (mutation: string) => /\$idempotencyKey\s*:/.test(mutation);

/** crypto.randomUUID exists only in secure contexts; a trust serving the dashboard over plain http on its LAN still needs keys. */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
