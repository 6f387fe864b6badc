import { ROLES, type Role } from '@trustops/contracts';
import { oneOf, text } from '../../../ui/search-params';
import type { PeopleChoice } from './people-labels';

const STATUSES = ['ACTIVE', 'INVITED', 'SUSPENDED'] as const;

/** The People page's filters in its URL, so a search can be reloaded, bookmarked or sent to a colleague. */
export interface PeopleSearch {
  q?: string;
  role?: Role;
  school?: string;
  status?: (typeof STATUSES)[number];
}

/** Reads the People page's part of a URL, dropping what it does not know rather than failing. */
export function peopleSearch(raw: Record<string, unknown>): PeopleSearch {
  const found: PeopleSearch = {
    q: text(raw.q),
    role: oneOf(ROLES, raw.role),
    school: text(raw.school),
    status: oneOf(STATUSES, raw.status),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as PeopleSearch;
}

export const choiceOfPeople = (search: PeopleSearch): PeopleChoice => ({
  text: search.q ?? '',
  role: search.role ?? '',
  schoolId: search.school ?? '',
  status: search.status ?? '',
});

export const searchOfPeople = (choice: PeopleChoice): PeopleSearch =>
  peopleSearch({ q: choice.text.trim(), role: choice.role, school: choice.schoolId, status: choice.status });
