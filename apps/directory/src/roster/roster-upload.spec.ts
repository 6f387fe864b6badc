import { strToU8, zipSync } from 'fflate';
import { filesOfUpload } from './roster-upload';

const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('filesOfUpload', () => {
  it("reads a ZIP's CSV files (folders and other files ignored) or one CSV as it is", () => {
    const zip = Buffer.from(
      zipSync({ 'export/users.csv': strToU8('a'), 'orgs.csv': strToU8('b'), 'readme.txt': strToU8('c') }),
    );
    expect(Object.keys(filesOfUpload(zip, 'x.zip')).sort()).toEqual(['export/users.csv', 'orgs.csv']);
    expect(filesOfUpload(Buffer.from('x'), 'users.csv')).toEqual({ 'users.csv': Buffer.from('x') });
  });

  it('refuses what is not a OneRoster ZIP: another file, a broken ZIP, too many CSV files, one that unpacks too large', () => {
    expect(codeOf(() => filesOfUpload(Buffer.from('%PDF'), 'staff.pdf'))).toBe('ROSTER_UPLOAD_INVALID');
    expect(codeOf(() => filesOfUpload(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'x.zip'))).toBe('ROSTER_UPLOAD_INVALID');
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}.csv`, strToU8('x')]));
    expect(codeOf(() => filesOfUpload(Buffer.from(zipSync(many)), 'x.zip'))).toBe('ROSTER_UPLOAD_INVALID');
    // 60 MB of one letter deflates to a few kilobytes: refused from what the entry declares, before unpacking.
    const bomb = Buffer.from(zipSync({ 'users.csv': new Uint8Array(60 * 1_048_576).fill(65) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1_048_576);
    expect(codeOf(() => filesOfUpload(bomb, 'x.zip'))).toBe('ROSTER_FILE_TOO_LARGE');
  });
});
