import { saveBlob } from '../ui/download';
import { ApiError } from './graphql';

type Failure = { errors?: { message: string; extensions?: { code?: string } }[] };

const unreachable = () => {
  throw new ApiError('NETWORK', 'TrustOps cannot be reached. Check your connection and try again.');
};

/** The server's coded error from a /files answer, or `fallback`. */
async function failure(response: Response, code: string, fallback: string): Promise<ApiError> {
  const error = ((await response.json().catch(() => null)) as Failure | null)?.errors?.[0];
  return new ApiError(error?.extensions?.code ?? code, error?.message ?? fallback);
}

/** Sends a file to a ticket through the gateway's /files door, with the session's token. */
export async function uploadAttachment(ticketId: string, file: File, token: string): Promise<void> {
  const query = new URLSearchParams({ ticketId, fileName: file.name });
  const response = await fetch(`/files/support-desk/attachments?${query}`, {
    method: 'POST',
    body: file,
    headers: { authorization: `Bearer ${token}`, 'content-type': file.type || 'application/octet-stream' },
  }).catch(unreachable);
  if (!response.ok) throw await failure(response, 'UPLOAD_FAILED', `The upload failed (${response.status})`);
}

/** Reads a file through the gateway's /files door with the session's token (a plain link cannot carry it). */
export async function fetchFile(url: string, token: string, fallback: string): Promise<Blob> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch(unreachable);
  if (!response.ok) throw await failure(response, 'DOWNLOAD_FAILED', fallback);
  return response.blob();
}

/** Downloads an attachment and hands it to the browser. */
export async function downloadAttachment(url: string, fileName: string, token: string): Promise<void> {
  saveBlob(await fetchFile(url, token, 'That file is no longer available to you'), fileName);
}

/** Sends a roster source's files (one ZIP) through the /files door; the answer is what the server read of them. */
export async function uploadRoster(sourceId: string, body: Uint8Array, fileName: string, token: string) {
  const response = await fetch(`/files/directory/roster/${sourceId}?${new URLSearchParams({ fileName })}`, {
    method: 'POST',
    body: body as BodyInit,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
  }).catch(unreachable);
  if (!response.ok) throw await failure(response, 'UPLOAD_FAILED', `The upload failed (${response.status})`);
  return (await response.json()) as { feedCounts: { schools: number; people: number; skipped: number } };
}
