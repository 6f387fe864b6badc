import { badInput } from './errors/domain-error';

/**
 * How long each kind of text a person types may be, in one table: a title is a title wherever it is typed.
 * `text()` and `optionalText()` check a value against its kind and refuse with one shape:
 * BAD_USER_INPUT, `field`, `min`, `max`, and a message that names the field and the limit.
 */
export const TEXT_LIMITS = {
  /** A subject or title: tickets, changes, incidents, requests, initiatives, objectives, risks, articles. */
  title: { min: 1, max: 200 },
  /** A person's or school's name. */
  name: { min: 2, max: 120 },
  /** A label a team picks: a tag, a team, a category. */
  label: { min: 1, max: 60 },
  /** A short justification: a reason, a comment, an alternative. */
  reason: { min: 1, max: 1_000 },
  /** A paragraph: a decision note, evidence, a mitigation, the goal of a request. */
  note: { min: 1, max: 5_000 },
  /** Free prose: a description, a reply, a plan, a timeline entry. */
  description: { min: 1, max: 20_000 },
  /** A document: an article body, a review's findings. */
  document: { min: 1, max: 50_000 },
  /** What someone searches for. */
  search: { min: 1, max: 200 },
} as const satisfies Record<string, { min: number; max: number }>;

export type TextKind = keyof typeof TEXT_LIMITS;

const plural = (n: number) => n.toLocaleString('en-GB');

/** `field` in a message: "schoolIds" → "school ids", "measures.name" → "name". */
const spoken = (field: string) => (field.split('.').pop() ?? field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function refuse(field: string, kind: TextKind, label: string | undefined, max?: number): never {
  const limits = { ...TEXT_LIMITS[kind], ...(max ? { max } : {}) };
  const what = label ?? `The ${spoken(field)}`;
  throw badInput(`${what} must be ${plural(limits.min)} to ${plural(limits.max)} characters`, {
    field,
    min: limits.min,
    max: limits.max,
  });
}

export interface TextOptions {
  /** How the message names it ("Each tag"); default "The <field>". */
  label?: string;
  /** A tighter cap than the kind's, where a place needs it (say why beside the call). */
  max?: number;
}

/** A required text of `kind`, trimmed: refused when empty or past its limit. */
export function text(
  field: string,
  value: string | null | undefined,
  kind: TextKind,
  options: TextOptions = {},
): string {
  const trimmed = (value ?? '').trim();
  const max = options.max ?? TEXT_LIMITS[kind].max;
  if (trimmed.length < TEXT_LIMITS[kind].min || trimmed.length > max) refuse(field, kind, options.label, options.max);
  return trimmed;
}

/** An optional text of `kind`, trimmed: absent or blank is null; otherwise refused past its limit. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  kind: TextKind,
  options: TextOptions = {},
): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  return text(field, trimmed, kind, options);
}
