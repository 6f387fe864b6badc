import { parse } from 'csv-parse/sync';
import { columnMissing, csvInvalid, duplicateId, fileMissing, tooLarge, wrongDelimiter } from './roster.errors';

export const MAX_UPLOAD_BYTES = 50 * 1_048_576;

/** A school as the MIS names it; `urn` from OneRoster's `identifier` (the DfE URN in English exports). */
export interface RosterSchool {
  sourcedId: string;
  name: string;
  urn: string;
}

/** A member of staff as the MIS has them, at each school they work at. */
export interface RosterPerson {
  /** The MIS's own id (OneRoster sourcedId): a returning member is known by it. */
  misId: string;
  email: string;
  givenName: string;
  familyName: string;
  schoolSourcedIds: string[];
  /** OneRoster roles (teacher, principal, administrator, aide…), lower-cased. */
  misRoles: string[];
  /** Line in users.csv, for messages. */
  line: number;
}

export interface RosterFeed {
  schools: RosterSchool[];
  people: RosterPerson[];
  /** Pupils, parents and guardians in the files: counted, never read further (TrustOps serves staff). */
  skipped: number;
  /** Schools whose staff are missing (their access withdrawn in Wonde): a partial feed suspends nobody. */
  partial?: string[];
}

/** Only staff come in (data minimisation): these roles are never imported. */
const NOT_STAFF = new Set(['student', 'guardian', 'parent', 'relative']);

type Row = Record<string, string> & { __line: number };

/**
 * A OneRoster 1.1 or 1.2 CSV feed (as Microsoft School Data Sync and MIS exports write it): orgs.csv and users.csv,
 * and roles.csv when present (1.2; 1.1 keeps the role and schools on users.csv). Rows marked `tobedeleted` are
 * left out, as are inactive schools. Throws a coded error, having read nothing, for anything it cannot trust.
 */
export function parseOneRoster(files: Record<string, Buffer>): RosterFeed {
  const size = Object.values(files).reduce((n, f) => n + f.length, 0);
  if (size > MAX_UPLOAD_BYTES) throw tooLarge(size);
  const named = Object.fromEntries(Object.entries(files).map(([name, data]) => [baseName(name), data]));
  const roles = named['roles.csv']
    ? rowsOf('roles.csv', named, ['sourcedId', 'userSourcedId', 'role', 'orgSourcedId'])
    : null;
  const orgs = rowsOf('orgs.csv', named, ['sourcedId', 'name', 'type', 'identifier']);
  // OneRoster 1.1 keeps each person's role and schools on users.csv; 1.2 moved them to roles.csv.
  const users = rowsOf('users.csv', named, [
    'sourcedId',
    'givenName',
    'familyName',
    'email',
    ...(roles ? [] : ['role', 'orgSourcedIds']),
  ]);
  const schools = orgs
    .filter((o) => live(o) && o.type.toLowerCase() === 'school')
    .map((o) => ({ sourcedId: o.sourcedId, name: o.name, urn: o.identifier }));
  const rolesOf = roles ? groupRoles(roles) : null;
  let skipped = 0;
  const people: RosterPerson[] = [];
  for (const u of users.filter(live)) {
    const held = rolesOf
      ? (rolesOf.get(u.sourcedId) ?? [])
      : splitList(u.orgSourcedIds).map((org) => ({ role: u.role.toLowerCase(), org }));
    if (!held.length || held.some((h) => NOT_STAFF.has(h.role))) {
      skipped++;
      continue;
    }
    people.push({
      misId: u.sourcedId,
      email: u.email.trim().toLowerCase(),
      givenName: u.givenName,
      familyName: u.familyName,
      schoolSourcedIds: [...new Set(held.map((h) => h.org))],
      misRoles: [...new Set(held.map((h) => h.role))],
      line: u.__line,
    });
  }
  return { schools, people, skipped };
}

function rowsOf(file: string, files: Record<string, Buffer>, required: string[]): Row[] {
  const data = files[file];
  if (!data) throw fileMissing(file);
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (!header.includes(',')) {
    const other = ['\t', ';'].find((d) => header.includes(d));
    if (other) throw wrongDelimiter(file, other);
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw csvInvalid(file, e.lines ?? 0, e.message.replace(/^Invalid .*?: /, ''));
  }
  const columns = header.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const missing = required.find((column) => !columns.includes(column));
  if (missing) throw columnMissing(file, missing);
  const rows = records.map(({ record, info }) => ({ ...record, __line: info.lines }) as Row);
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.sourcedId);
    if (first) throw duplicateId(file, row.sourcedId, [first, row.__line]);
    seen.set(row.sourcedId, row.__line);
  }
  return rows;
}

function groupRoles(roles: Row[]): Map<string, { role: string; org: string }[]> {
  const byUser = new Map<string, { role: string; org: string }[]>();
  for (const r of roles.filter(live)) {
    const list = byUser.get(r.userSourcedId) ?? [];
    list.push({ role: r.role.toLowerCase(), org: r.orgSourcedId });
    byUser.set(r.userSourcedId, list);
  }
  return byUser;
}

/** OneRoster marks rows to remove with status `tobedeleted`; a blank status is active. */
const live = (row: Row) =>
  (row.status ?? '').toLowerCase() !== 'tobedeleted' && (row.enabledUser ?? 'true') !== 'false';
const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const baseName = (name: string) => name.replace(/^.*[\\/]/, '').toLowerCase();
