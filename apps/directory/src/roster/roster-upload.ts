import { unzipSync } from 'fflate';
import { MAX_UPLOAD_BYTES } from './oneroster-csv';
import { tooLarge, uploadInvalid } from './roster.errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OneRoster has a dozen files at most. */
const MAX_FILES = 20;

/**
 * The CSV files of an upload: a ZIP's .csv files (folders ignored; what they hold, unpacked, at most 50 MB as the
 * ZIP declares it, so a small ZIP cannot unpack into gigabytes), or a single CSV as it is.
 */
export function filesOfUpload(bytes: Buffer, fileName: string): Record<string, Buffer> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge(bytes.length);
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    if (!/\.csv$/i.test(fileName))
      throw uploadInvalid('Upload a ZIP of the OneRoster files, or the CSV files themselves');
    return { [fileName]: bytes };
  }
  // What is unpacked is bounded by what the entries declare: at most 20 CSV files, 50 MB unpacked and 50 MB read
  // in all (entries sharing one stored stream would otherwise be copied once each), a stored one exactly its size.
  let unpacked = 0;
  let read = 0;
  let count = 0;
  let odd = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.csv$/i.test(file.name)) return false;
        unpacked += file.originalSize;
        read += file.size;
        odd ||= ++count > MAX_FILES || (file.compression === 0 && file.size !== file.originalSize);
        return unpacked <= MAX_UPLOAD_BYTES && read <= MAX_UPLOAD_BYTES && !odd;
      },
    });
  } catch {
    throw uploadInvalid('The ZIP cannot be opened: export the OneRoster files again');
  }
  if (unpacked > MAX_UPLOAD_BYTES || read > MAX_UPLOAD_BYTES) throw tooLarge(Math.max(unpacked, read));
  if (odd) throw uploadInvalid(`The ZIP is not a OneRoster export (over ${MAX_FILES} CSV files, or a damaged entry)`);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}
