/** What may be attached to a ticket (pure, table-tested): size, type, and that the bytes are what the type says. */
export const ALLOWED_TYPES: Record<string, string> = {
  'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'image/gif': 'GIF image', 'image/webp': 'WebP image',
  'application/pdf': 'PDF', 'text/plain': 'text file', 'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint deck',
};

/** Leading bytes of the binary types; a renamed .exe sent as image/png is refused. */
const SIGNATURES: Record<string, number[][]> = {
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
};
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // the Office Open XML formats are zip files

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type UploadCheck = { ok: true; fileName: string } | { ok: false; status: number; code: string; message: string };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function cleanFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 150);
}

export function checkUpload(fileName: string, contentType: string, bytes: Uint8Array, maxBytes: number): UploadCheck {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const name = cleanFileName(fileName);
  if (!name) return { ok: false, status: 400, code: 'BAD_USER_INPUT', message: 'Give the file a name (the fileName query parameter)' };
  if (!ALLOWED_TYPES[type]) {
    return { ok: false, status: 415, code: 'UNSUPPORTED_FILE_TYPE', message: `Attach images, PDFs, text, CSV or Office files; ${type || 'this type'} is not accepted` };
  }
  if (bytes.length === 0) return { ok: false, status: 400, code: 'BAD_USER_INPUT', message: 'The file is empty' };
  if (bytes.length > maxBytes) {
    return { ok: false, status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Files are at most ${Math.floor(maxBytes / 1024 / 1024)} MB` };
  }
  const signatures = SIGNATURES[type] ?? (type.includes('openxmlformats') ? [ZIP] : null);
  if (signatures && !signatures.some((sig) => startsWith(bytes, sig))) {
    return { ok: false, status: 415, code: 'UNSUPPORTED_FILE_TYPE', message: `The file's contents are not a ${ALLOWED_TYPES[type]}` };
  }
  return { ok: true, fileName: name };
}
