/** The token an emailed link carries in its fragment (`/invitation#token=…`, `/reset-password#token=…`), or null. */
export function linkTokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,100}$/.test(token) ? token : null;
}
