/** What may be attached to a ticket (pure, table-tested): size, type, and that the bytes are what the type says. */
export const ALLOWED_TYPES: Record<string, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/pdf': 'PDF',
  'text/plain': 'text file',
  'text/csv': 'CSV',
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

/**
 * The extensions a stored name may end in for each checked type (the first is given when it ends in another):
 * Windows opens a download by its extension, so `notes.exe` sent as text must not land on disk as an .exe.
 */
const EXTENSIONS: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'log'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
};

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type UploadCheck =
  | { ok: true; fileName: string; contentType: string }
  | {
      ok: false;
      status: number;
      code: 'BAD_USER_INPUT' | 'UNSUPPORTED_FILE_TYPE' | 'PAYLOAD_TOO_LARGE';
      message: string;
    };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Control characters, bidirectional overrides and isolates (which make `report\u202efdp.exe` show as
 * `reportexe.pdf`), and line or paragraph separators: none belongs in a file name.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Windows drops trailing dots and spaces, so `a.exe.` would open as `a.exe`. */
export function cleanFileName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 150);
}

/** The name with an extension of the checked type: kept when it has one, replaced (or added) when not. */
export function withTypeExtension(name: string, type: string): string {
  const allowed = EXTENSIONS[type];
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (allowed.includes(ext)) return name;
  const base = dot > 0 ? name.slice(0, dot) : name;
  return `${base.slice(0, 140)}.${allowed[0]}`;
}

export function checkUpload(fileName: string, contentType: string, bytes: Uint8Array, maxBytes: number): UploadCheck {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const name = cleanFileName(fileName);
  if (!name)
    return {
      ok: false,
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'Give the file a name (the fileName query parameter)',
    };
  if (!ALLOWED_TYPES[type]) {
    return {
      ok: false,
      status: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
      message: `Attach images, PDFs, text, CSV or Office files; ${type || 'this type'} is not accepted`,
    };
  }
  if (bytes.length === 0) return { ok: false, status: 400, code: 'BAD_USER_INPUT', message: 'The file is empty' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: `Files are at most ${Math.floor(maxBytes / 1024 / 1024)} MB`,
    };
  }
  const signatures = SIGNATURES[type] ?? (type.includes('openxmlformats') ? [ZIP] : null);
  if (!signatures || signatures.some((sig) => startsWith(bytes, sig)))
    return { ok: true, fileName: withTypeExtension(name, type), contentType: type };
  // A photo saved as .png that is really a JPEG (the browser types by extension) is kept as the JPEG it is.
  const actual = Object.keys(SIGNATURES).find((t) => SIGNATURES[t].some((sig) => startsWith(bytes, sig)));
  if (actual) return { ok: true, fileName: withTypeExtension(name, actual), contentType: actual };
  return {
    ok: false,
    status: 415,
    code: 'UNSUPPORTED_FILE_TYPE',
    message: `The file's contents are not a ${ALLOWED_TYPES[type]}`,
  };
}
