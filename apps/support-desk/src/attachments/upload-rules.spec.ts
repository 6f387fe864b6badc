import { checkUpload, cleanFileName } from './upload-rules';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
const text = new TextEncoder().encode('printer log');

describe('checkUpload', () => {
  it.each([
    { title: 'a PNG screenshot', name: 'error.png', type: 'image/png', bytes: png, expected: 'ok' },
    { title: 'a text log with a charset', name: 'log.txt', type: 'text/plain; charset=utf-8', bytes: text, expected: 'ok' },
    { title: 'HTML (could run script)', name: 'page.html', type: 'text/html', bytes: text, expected: 'UNSUPPORTED_FILE_TYPE' },
    { title: 'SVG (could run script)', name: 'logo.svg', type: 'image/svg+xml', bytes: text, expected: 'UNSUPPORTED_FILE_TYPE' },
    { title: 'text claiming to be a PNG', name: 'fake.png', type: 'image/png', bytes: text, expected: 'UNSUPPORTED_FILE_TYPE' },
    { title: 'text claiming to be a Word file', name: 'fake.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: text, expected: 'UNSUPPORTED_FILE_TYPE' },
    { title: 'an empty file', name: 'empty.txt', type: 'text/plain', bytes: new Uint8Array(), expected: 'BAD_USER_INPUT' },
    { title: 'a file over the limit', name: 'big.txt', type: 'text/plain', bytes: new Uint8Array(101), expected: 'PAYLOAD_TOO_LARGE' },
    { title: 'no name', name: '  ', type: 'text/plain', bytes: text, expected: 'BAD_USER_INPUT' },
  ])('$title: $expected', ({ name, type, bytes, expected }) => {
    const result = checkUpload(name, type, bytes, 100);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('cleanFileName', () => {
  it('removes path separators and control characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(cleanFileName('a\u0000b.txt')).toBe('a_b.txt');
  });
});
