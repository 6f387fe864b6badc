import { strToU8, zipSync } from 'fflate';

export interface StaffRow {
  sourcedId: string;
  givenName: string;
  familyName: string;
  email: string;
  /** OneRoster role: teacher, principal, administrator, aide… (student and guardian are never imported). */
  role?: string;
  /** orgs' sourcedIds */
  orgs: string[];
}

export interface OrgRow {
  sourcedId: string;
  name: string;
  /** The DfE URN. */
  identifier: string;
  type?: string;
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');

/** OneRoster 1.1 CSV files (orgs.csv, users.csv) as an MIS export or School Data Sync writes them. */
export function oneRosterFiles(orgs: OrgRow[], staff: StaffRow[]): Record<string, string> {
  return {
    'orgs.csv': csv(
      ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
      orgs.map((o) => [o.sourcedId, 'active', '2026-09-01', o.name, o.type ?? 'school', o.identifier, '']),
    ),
    'users.csv': csv(
      [
        'sourcedId',
        'status',
        'dateLastModified',
        'enabledUser',
        'orgSourcedIds',
        'role',
        'username',
        'givenName',
        'familyName',
        'email',
      ],
      staff.map((s) => [
        s.sourcedId,
        'active',
        '2026-09-01',
        'true',
        s.orgs.join(','),
        s.role ?? 'teacher',
        s.email,
        s.givenName,
        s.familyName,
        s.email,
      ]),
    ),
  };
}

/** The files zipped, as a director would upload them. */
export const oneRosterZip = (files: Record<string, string>): Buffer =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
