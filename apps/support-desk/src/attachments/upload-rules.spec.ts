import { checkUpload, cleanFileName } from './upload-rules';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const pdf = new TextEncoder().encode('%PDF-1.7');
const text = new TextEncoder().encode('printer log');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('checkUpload', () => {
  const cases: {
    title: string;
    input: { name: string; type: string; bytes: Uint8Array };
    expected: string | { fileName: string; contentType: string };
  }[] = [
    {
      title: 'keeps a PNG screenshot as it is',
      input: { name: 'error.png', type: 'image/png', bytes: png },
      expected: { fileName: 'error.png', contentType: 'image/png' },
    },
    {
      title: 'takes a text log with a charset',
      input: { name: 'log.txt', type: 'text/plain; charset=utf-8', bytes: text },
      expected: { fileName: 'log.txt', contentType: 'text/plain' },
    },
    {
      title: 'keeps invoice.exe.pdf, which ends in its type',
      input: { name: 'invoice.exe.pdf', type: 'application/pdf', bytes: pdf },
      expected: { fileName: 'invoice.exe.pdf', contentType: 'application/pdf' },
    },
    {
      title: 'keeps .jpeg and upper-case extensions of a JPEG',
      input: { name: 'PHOTO.JPEG', type: 'image/jpeg', bytes: jpeg },
      expected: { fileName: 'PHOTO.JPEG', contentType: 'image/jpeg' },
    },
    {
      title: 'stores photo.png whose bytes are a JPEG as photo.jpg',
      input: { name: 'photo.png', type: 'image/png', bytes: jpeg },
      expected: { fileName: 'photo.jpg', contentType: 'image/jpeg' },
    },
    {
      title: 'names a JPEG sent as image/jpeg with a .png name .jpg',
      input: { name: 'photo.png', type: 'image/jpeg', bytes: jpeg },
      expected: { fileName: 'photo.jpg', contentType: 'image/jpeg' },
    },
    {
      title: 'drops a right-to-left override and ends report\u202efdp.exe in .pdf',
      input: { name: 'report\u202efdp.exe', type: 'application/pdf', bytes: pdf },
      expected: { fileName: 'reportfdp.pdf', contentType: 'application/pdf' },
    },
    {
      title: 'does not let text land on disk as an .exe',
      input: { name: 'notes.exe', type: 'text/plain', bytes: text },
      expected: { fileName: 'notes.txt', contentType: 'text/plain' },
    },
    {
      title: "gives a name without an extension its type's",
      input: { name: 'minutes', type: 'text/csv', bytes: text },
      expected: { fileName: 'minutes.csv', contentType: 'text/csv' },
    },
    {
      title: 'drops the trailing dot Windows would drop, then fixes the extension',
      input: { name: 'setup.exe.', type: 'image/png', bytes: png },
      expected: { fileName: 'setup.png', contentType: 'image/png' },
    },
    {
      title: 'refuses HTML (could run script)',
      input: { name: 'page.html', type: 'text/html', bytes: text },
      expected: 'UNSUPPORTED_FILE_TYPE',
    },
    {
      title: 'refuses SVG (could run script)',
      input: { name: 'logo.svg', type: 'image/svg+xml', bytes: text },
      expected: 'UNSUPPORTED_FILE_TYPE',
    },
    {
      title: 'refuses text claiming to be a PNG',
      input: { name: 'fake.png', type: 'image/png', bytes: text },
      expected: 'UNSUPPORTED_FILE_TYPE',
    },
    {
      title: 'refuses text claiming to be a Word file',
      input: { name: 'fake.docx', type: DOCX, bytes: text },
      expected: 'UNSUPPORTED_FILE_TYPE',
    },
    {
      title: 'refuses an empty file',
      input: { name: 'empty.txt', type: 'text/plain', bytes: new Uint8Array() },
      expected: 'BAD_USER_INPUT',
    },
    {
      title: 'refuses a file over the limit',
      input: { name: 'big.txt', type: 'text/plain', bytes: new Uint8Array(101) },
      expected: 'PAYLOAD_TOO_LARGE',
    },
    {
      title: 'refuses a file without a name',
      input: { name: '  ', type: 'text/plain', bytes: text },
      expected: 'BAD_USER_INPUT',
    },
    {
      title: 'refuses a name that is only direction marks',
      input: { name: '\u200e\u2067\u2069', type: 'text/plain', bytes: text },
      expected: 'BAD_USER_INPUT',
    },
  ];
  it.each(cases)('$title', ({ input, expected }) => {
    const result = checkUpload(input.name, input.type, input.bytes, 100);
    expect(result.ok ? { fileName: result.fileName, contentType: result.contentType } : result.code).toEqual(expected);
  });
});

describe('cleanFileName', () => {
  const cases = [
    { title: 'replaces path separators', input: '../../etc/passwd', expected: '.._.._etc_passwd' },
    { title: 'drops control characters', input: 'a\u0000b\u007f\u009b.txt', expected: 'ab.txt' },
    {
      title: 'drops bidirectional overrides, embeddings, isolates and marks',
      input: 'a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200ek\u200fl\u061cm.txt',
      expected: 'abcdefghijklm.txt',
    },
    { title: 'drops line and paragraph separators', input: 'a\u2028b\u2029c.txt', expected: 'abc.txt' },
    { title: 'drops trailing dots and spaces', input: 'virus.exe . .', expected: 'virus.exe' },
    { title: 'keeps accents and other scripts', input: 'Résumé 履歴書.pdf', expected: 'Résumé 履歴書.pdf' },
  ];
  it.each(cases)('$title', ({ input, expected }) => {
    expect(cleanFileName(input)).toBe(expected);
  });
});
