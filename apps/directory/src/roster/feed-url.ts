import { checkResolved } from '../auth/outbound-url';
import { MAX_UPLOAD_BYTES } from './oneroster-csv';
import { fetchFailed, tooLarge } from './roster.errors';

/**
 * The file at a source's address (a ZIP of OneRoster CSV files an MIS or School Data Sync publishes): at most 50 MB,
 * refused from its Content-Length when it says more, within a minute; no redirects (a redirect could lead to an
 * address the source's check never saw).
 */
export async function fetchFeedFile(url: string, production: boolean): Promise<Buffer> {
  await checkResolved(new URL(url), production, () => fetchFailed('its address is not a public one'));
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(60_000) });
  } catch {
    throw fetchFailed('no answer');
  }
  if (!response.ok) throw fetchFailed(`it answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_UPLOAD_BYTES) {
    await response.body?.cancel();
    throw tooLarge(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw fetchFailed('it stopped part way');
    });
    if (done) break;
    size += value.length;
    if (size > MAX_UPLOAD_BYTES) {
      await reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
