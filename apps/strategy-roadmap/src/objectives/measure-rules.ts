import { badInput, text } from '@trustops/service-kit';
import { MeasureInput, MeasureUnit } from './objectives.types';

/** Pure rules of measures (table-tested): what a measure may hold, and how far it has come. */
const UNITS = Object.values(MeasureUnit) as string[];

/** A measure's way from baseline to target: 0 at the baseline, 1 at the target, either direction. */
export const progressOf = (m: { baseline: number; target: number; current: number }) =>
  m.target === m.baseline
    ? m.current === m.target
      ? 1
      : 0
    : Math.max(0, (m.current - m.baseline) / (m.target - m.baseline));

export function checkMeasure(m: MeasureInput): void {
  text('measures.name', m.name, 'title');
  if (!UNITS.includes(m.unit))
    throw badInput(`"${m.unit}" is not a unit a measure can use: ${UNITS.join(', ')}`, { field: 'measures.unit' });
  for (const [field, value] of [
    ['baseline', m.baseline],
    ['target', m.target],
    ['current', m.current ?? m.baseline],
  ] as const) {
    if (!Number.isFinite(value)) throw badInput(`The ${field} must be a number`, { field: `measures.${field}` });
    if (m.unit === 'PERCENT' && (value < 0 || value > 100))
      throw badInput(`A percentage ${field} is between 0 and 100`, { field: `measures.${field}` });
  }
}
