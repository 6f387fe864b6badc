import { unzipSync } from 'fflate';
import { MAX_UPLOAD_BYTES } from './oneroster-csv';
import { tooLarge, uploadInvalid } from './roster.errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

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
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.csv$/i.test(file.name)) return false;
        unpacked += file.originalSize;
        return unpacked <= MAX_UPLOAD_BYTES;
      },
    });
  } catch {
    throw uploadInvalid('The ZIP cannot be opened: export the OneRoster files again');
  }
  if (unpacked > MAX_UPLOAD_BYTES) throw tooLarge(unpacked);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}
