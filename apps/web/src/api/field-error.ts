import type { ApiError } from './graphql';

/**
 * Which form field a refusal is about: the server names it in `field` (BAD_USER_INPUT from `text()`, a taken
 * URN…). `aliases` maps the server's name to the form's where they differ (a range check says "to" for "endsOn").
 */
export function fieldOf(error: ApiError | null | undefined, aliases: Record<string, string> = {}): string | null {
  const field = error?.details.field;
  if (typeof field !== 'string') return null;
  // "input.urn" is the urn field; "sites.1" (the second site) is the sites field.
  const name = field.split('.').find((part) => part !== 'input') ?? field;
  return aliases[name] ?? name;
}
