import { strToU8, unzipSync } from 'fflate';
import { bundleUpload } from './roster-upload';

const file = (name: string, text = 'sourcedId\n1') => ({ name, bytes: strToU8(text) });

describe('bundleUpload', () => {
  it('sends a ZIP as it is and zips CSV files together', () => {
    const zip = file('export.zip', 'PK…');
    expect(bundleUpload([zip])).toEqual({ body: zip.bytes, fileName: 'export.zip' });
    const sent = bundleUpload([file('orgs.csv', 'a'), file('users.csv', 'b')]);
    expect(sent.fileName).toBe('oneroster.zip');
    const unzipped = unzipSync(sent.body);
    expect(Object.keys(unzipped).sort()).toEqual(['orgs.csv', 'users.csv']);
    expect(new TextDecoder().decode(unzipped['users.csv'])).toBe('b');
  });

  it('refuses nothing picked, a ZIP with other files, and a file that is not CSV', () => {
    expect(() => bundleUpload([])).toThrow('Choose the OneRoster files');
    expect(() => bundleUpload([file('a.zip'), file('users.csv')])).toThrow('Choose one ZIP, or the CSV files');
    expect(() => bundleUpload([file('users.csv'), file('staff.xlsx')])).toThrow('staff.xlsx is not a CSV file');
  });
});
