/** Serialises the live fold (shared, per batch transaction) with a rebuild (exclusive) of the same trust. */
export const foldLockSql = (mode: 'shared' | 'exclusive') =>
  `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext('leadership-reporting fold ' || $1))`;
