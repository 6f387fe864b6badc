import { ROLE_LABELS } from '@trustops/contracts';
import type { RosterChange, RosterPreview } from './roster-preview';

export type EntryKind = 'ADD' | 'CHANGE' | 'RESTORE' | 'LEAVING' | 'SUSPEND' | 'CONFLICT';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** One line of a preview, as the director reads it. */
export interface RosterEntry {
  kind: EntryKind;
  email: string;
  displayName: string | null;
  misId: string | null;
  detail: string | null;
  changes: FieldChange[];
  unknownSchool?: { name: string; urn: string } | null;
}

const FIELD_NAMES = { displayName: 'Name', role: 'Role', schoolIds: 'Schools', educatorLead: 'Educator lead' };

/**
 * The lines of one kind (every kind when null), in the preview's order, `offset` on; with what each would change
 * in words (school names, role names, yes/no).
 */
export function entriesOf(
  diff: RosterPreview,
  kind: EntryKind | null,
  schoolNames: Map<string, string>,
): RosterEntry[] {
  const value = (field: string, v: unknown): string => {
    if (field === 'schoolIds')
      return v == null
        ? 'Every school'
        : (v as string[])
            .map((id) => schoolNames.get(id) ?? id)
            .sort()
            .join(', ');
    if (field === 'role') return ROLE_LABELS[v as keyof typeof ROLE_LABELS] ?? String(v);
    if (field === 'educatorLead') return v ? 'Yes' : 'No';
    return String(v ?? '');
  };
  const changed = (c: RosterChange, kind: EntryKind): RosterEntry => ({
    kind,
    email: c.email,
    displayName: (c.after.displayName as string | undefined) ?? null,
    misId: c.misId,
    detail: c.back
      ? 'Back in the MIS: no longer leaving'
      : Object.keys(c.after).length
        ? null
        : 'Linked to the MIS by email',
    changes: Object.keys(c.after).map((field) => ({
      field: FIELD_NAMES[field as keyof typeof FIELD_NAMES] ?? field,
      before: value(field, c.before[field as keyof typeof c.before]),
      after: value(field, c.after[field as keyof typeof c.after]),
    })),
  });
  const all: Record<EntryKind, () => RosterEntry[]> = {
    ADD: () =>
      diff.add.map((a) => ({
        kind: 'ADD',
        email: a.email,
        displayName: a.displayName,
        misId: a.misId,
        detail: `${value('role', a.role)} at ${value('schoolIds', a.schoolIds)}${a.educatorLead ? ' (educator lead)' : ''}`,
        changes: [],
      })),
    CHANGE: () => diff.change.map((c) => changed(c, 'CHANGE')),
    RESTORE: () => diff.restore.map((c) => ({ ...changed(c, 'RESTORE'), detail: 'Listed by the MIS again: restored' })),
    LEAVING: () =>
      diff.leaving.map((l) => ({
        kind: 'LEAVING',
        email: l.email,
        displayName: l.displayName,
        misId: null,
        detail: `No longer in the MIS: suspended on ${l.suspendsOn} unless listed again`,
        changes: [],
      })),
    SUSPEND: () =>
      diff.suspend.map((l) => ({
        kind: 'SUSPEND',
        email: l.email,
        displayName: l.displayName,
        misId: null,
        detail: 'Gone from the MIS for longer than the grace period',
        changes: [],
      })),
    CONFLICT: () =>
      diff.conflicts.map((c) => ({
        kind: 'CONFLICT',
        email: c.email,
        displayName: null,
        misId: c.misId,
        detail: c.detail,
        changes: [],
        unknownSchool: c.school ?? null,
      })),
  };
  return kind ? all[kind]() : (Object.keys(all) as EntryKind[]).flatMap((k) => all[k]());
}
