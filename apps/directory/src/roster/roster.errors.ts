import { defineErrors } from '@trustops/service-kit';

export const rosterErrors = defineErrors('Directory · roster', {
  ROSTER_FILE_MISSING: {
    category: 'BAD_USER_INPUT',
    meaning: 'A file the feed needs (users.csv, orgs.csv) is not in the upload: nothing is read from a partial feed.',
  },
  ROSTER_FILE_TOO_LARGE: {
    category: 'BAD_USER_INPUT',
    meaning: 'The upload is over 50 MB; a trust of 60 schools fits in a few. Export staff only.',
  },
  ROSTER_COLUMN_MISSING: {
    category: 'BAD_USER_INPUT',
    meaning:
      'A file lacks a column OneRoster requires (named in the message): export it again in OneRoster 1.1 or 1.2 format.',
  },
  ROSTER_DELIMITER: {
    category: 'BAD_USER_INPUT',
    meaning:
      'The file is separated by semicolons or tabs; OneRoster CSV uses commas. Export it again, or save it as CSV (comma delimited).',
  },
  ROSTER_CSV_INVALID: {
    category: 'BAD_USER_INPUT',
    meaning:
      'A line of the file cannot be read as CSV (an unclosed quote, a wrong number of cells); the message names the line.',
  },
  ROSTER_DUPLICATE_ID: {
    category: 'BAD_USER_INPUT',
    meaning: 'Two rows of one file share a sourcedId; the message names it and both lines.',
  },
});

export const fileMissing = (file: string) =>
  rosterErrors.error('ROSTER_FILE_MISSING', `${file} is not in the upload: add it (nothing was read)`, { file });

export const tooLarge = (bytes: number) =>
  rosterErrors.error('ROSTER_FILE_TOO_LARGE', `The upload is ${Math.ceil(bytes / 1_048_576)} MB; the limit is 50 MB`, {
    bytes,
  });

export const columnMissing = (file: string, column: string) =>
  rosterErrors.error('ROSTER_COLUMN_MISSING', `${file} has no "${column}" column`, { file, column });

export const wrongDelimiter = (file: string, delimiter: string) =>
  rosterErrors.error(
    'ROSTER_DELIMITER',
    `${file} is separated by ${delimiter === '\t' ? 'tabs' : 'semicolons'}, not commas: export it as CSV (comma delimited)`,
    { file },
  );

export const csvInvalid = (file: string, line: number, reason: string) =>
  rosterErrors.error('ROSTER_CSV_INVALID', `${file} line ${line} cannot be read: ${reason}`, { file, line });

export const duplicateId = (file: string, id: string, lines: [number, number]) =>
  rosterErrors.error('ROSTER_DUPLICATE_ID', `${file} has sourcedId "${id}" twice (lines ${lines[0]} and ${lines[1]})`, {
    file,
    id,
    lines,
  });

export const rosterSyncErrors = defineErrors('Directory · roster sync', {
  ROSTER_SOURCE_NOT_FOUND: { category: 'NOT_FOUND', meaning: 'No roster source with that id in your trust.' },
  ROSTER_SOURCE_OFF: {
    category: 'CONFLICT',
    meaning: 'The roster source is turned off: turn it on (Integrations) before previewing or applying a sync.',
  },
  ROSTER_NO_FEED: {
    category: 'CONFLICT',
    meaning: 'Nothing has been uploaded to this source yet: upload its OneRoster files first.',
  },
  ROSTER_UPLOAD_INVALID: {
    category: 'BAD_USER_INPUT',
    meaning:
      'The upload is neither a ZIP nor a CSV file, or the ZIP cannot be opened: export the OneRoster files again.',
  },
  ROSTER_FETCH_FAILED: {
    category: 'UNAVAILABLE',
    meaning:
      "The source's file address did not answer with the file (the message says what it answered): nothing was changed.",
  },
  ROSTER_PREVIEW_NOT_FOUND: { category: 'NOT_FOUND', meaning: 'No roster preview with that id in your trust.' },
  ROSTER_PREVIEW_USED: {
    category: 'CONFLICT',
    meaning: 'That preview has been applied already; preview again to see what is left to do.',
  },
  ROSTER_PREVIEW_STALE: {
    category: 'CONFLICT',
    meaning: 'A newer file was uploaded, or the preview is over a day old: preview again before applying.',
  },
  ROSTER_CONFIRM_NEEDED: {
    category: 'CONFLICT',
    meaning:
      "The sync would suspend or mark as leaving more than 10% of the trust's members: check the preview, then apply with confirm.",
  },
});

export const sourceNotFound = (id: string) =>
  rosterSyncErrors.error('ROSTER_SOURCE_NOT_FOUND', 'No roster source with that id in your trust', { id });
export const sourceOff = (label: string) =>
  rosterSyncErrors.error('ROSTER_SOURCE_OFF', `${label} is turned off: turn it on before syncing`);
export const noFeed = (label: string) =>
  rosterSyncErrors.error('ROSTER_NO_FEED', `Nothing has been uploaded to ${label} yet: upload its OneRoster files`);
export const uploadInvalid = (reason: string) => rosterSyncErrors.error('ROSTER_UPLOAD_INVALID', reason);
export const previewNotFound = (id: string) =>
  rosterSyncErrors.error('ROSTER_PREVIEW_NOT_FOUND', 'No roster preview with that id in your trust', { id });
export const previewUsed = () =>
  rosterSyncErrors.error('ROSTER_PREVIEW_USED', 'That preview has been applied already: preview again');
export const previewStale = () =>
  rosterSyncErrors.error(
    'ROSTER_PREVIEW_STALE',
    'A newer file was uploaded, or this preview is over a day old: preview again before applying',
  );
export const confirmNeeded = (going: number, active: number) =>
  rosterSyncErrors.error(
    'ROSTER_CONFIRM_NEEDED',
    `This sync would suspend or mark as leaving ${going} of ${active} active members: check them, then confirm`,
    { going, active },
  );
export const fetchFailed = (what: string) =>
  rosterSyncErrors.error('ROSTER_FETCH_FAILED', `The file could not be fetched (${what}): nothing was changed`);
