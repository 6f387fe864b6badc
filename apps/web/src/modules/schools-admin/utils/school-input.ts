import { text } from '../../../ui/search-params';
import type { SchoolPhase } from '../../../gql/graphql';

export const PHASES: { value: SchoolPhase; label: string }[] = [
  { value: 'PRIMARY', label: 'Primary' },
  { value: 'SECONDARY', label: 'Secondary' },
  { value: 'SPECIAL', label: 'Special' },
  { value: 'ALL_THROUGH', label: 'All-through' },
];

export const phaseLabel = (phase: string) => PHASES.find((p) => p.value === phase)?.label ?? phase;

export interface SchoolFields {
  name: string;
  urn: string;
  phase: SchoolPhase;
  localAuthority: string;
}

/** The form's four fields, trimmed (a URN pasted with a space is still the URN); the server checks the rest. */
export const schoolFields = (form: FormData): SchoolFields => ({
  name: String(form.get('name') ?? '').trim(),
  urn: String(form.get('urn') ?? '').trim(),
  phase: String(form.get('phase') ?? 'PRIMARY') as SchoolPhase,
  localAuthority: String(form.get('localAuthority') ?? '').trim(),
});

/** Site names typed one per line (or with commas): blanks dropped, each once; none means no sites. */
export function siteNames(text: string): string[] {
  const names = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** Only what changed, so an edit of the name alone does not send the URN again. */
export function changedFields(before: SchoolFields, after: SchoolFields): Partial<SchoolFields> {
  const keys = Object.keys(after) as (keyof SchoolFields)[];
  return Object.fromEntries(keys.filter((k) => after[k] !== before[k]).map((k) => [k, after[k]]));
}

/** "Closed 3 Mar 2026" from closedAt, in school (London) time. */
export const closedOn = (closedAt: string) =>
  `Closed ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(closedAt))}`;

/** A school to add, named in the URL (from a roster preview's unknown school): its name and URN, nothing else. */
export interface SchoolsAdminSearch {
  name?: string;
  urn?: string;
}

export function schoolsAdminSearch(raw: Record<string, unknown>): SchoolsAdminSearch {
  const found = { name: text(raw.name)?.slice(0, 120), urn: text(raw.urn)?.slice(0, 6) };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as SchoolsAdminSearch;
}
