/** Reading a URL's search parameters: a value is one of the known ones, or left out (an old link, a typo). */
export const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

/** A non-empty string (numbers as typed in a URL count), or left out. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) || undefined : undefined;
