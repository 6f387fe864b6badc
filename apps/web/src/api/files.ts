import { ApiError } from './graphql';

type Failure = { errors?: { message: string; extensions?: { code?: string } }[] };

/** Sends a file to a ticket through the gateway's /files door, with the session's token. */
export async function uploadAttachment(ticketId: string, file: File, token: string): Promise<void> {
  const query = new URLSearchParams({ ticketId, fileName: file.name });
  const response = await fetch(`/files/support-desk/attachments?${query}`, {
    method: 'POST', body: file, headers: { authorization: `Bearer ${token}`, 'content-type': file.type || 'application/octet-stream' },
  }).catch(() => { throw new ApiError('NETWORK', 'TrustOps cannot be reached. Check your connection and try again.'); });
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as Failure | null;
  const error = body?.errors?.[0];
  throw new ApiError(error?.extensions?.code ?? 'UPLOAD_FAILED', error?.message ?? `The upload failed (${response.status})`);
}

/** Downloads with the token (a plain link cannot carry it) and hands the file to the browser. */
export async function downloadAttachment(url: string, fileName: string, token: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new ApiError('DOWNLOAD_FAILED', 'That file is no longer available to you');
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
