import { zipSync } from 'fflate';
import { ApiError } from '../../../api/graphql';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What to send for the files a director picked: a ZIP as it is, or the CSV files zipped together (the server
 * reads one upload, so orgs.csv and users.csv arrive as one feed and a file left out is refused, not guessed).
 */
export function bundleUpload(files: PickedFile[]): { body: Uint8Array; fileName: string } {
  if (!files.length)
    throw new ApiError('BAD_USER_INPUT', 'Choose the OneRoster files (a ZIP, or orgs.csv and users.csv)');
  const zip = files.find((f) => /\.zip$/i.test(f.name));
  if (zip) {
    if (files.length > 1) throw new ApiError('BAD_USER_INPUT', 'Choose one ZIP, or the CSV files, not both');
    return { body: zip.bytes, fileName: zip.name };
  }
  const other = files.find((f) => !/\.csv$/i.test(f.name));
  if (other) throw new ApiError('BAD_USER_INPUT', `${other.name} is not a CSV file`);
  return { body: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes]))), fileName: 'oneroster.zip' };
}
