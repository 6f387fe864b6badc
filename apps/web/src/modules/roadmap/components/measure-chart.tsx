import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Measure } from '../hooks/use-roadmap';

/** A measure over time against its target. */
export function MeasureChart({ measure }: { measure: Measure }) {
  const values = [...measure.history.map((h) => h.value), measure.target];
  const domain = [Math.min(...values), Math.max(...values)];
  return (
    <figure className="measure-chart" aria-label={`${measure.name}: ${measure.current} now, target ${measure.target}`}>
      <figcaption>
        <strong>{measure.name}</strong>{' '}
        <span className="muted">
          {measure.current} now · target {measure.target} · {Math.round(Math.min(measure.progress, 1) * 100)}% of the
          way
        </span>
      </figcaption>
      <ResponsiveContainer width="100%" height={180}>
        <LineChart data={measure.history} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="recordedOn" fontSize={11} />
          <YAxis fontSize={11} domain={domain} />
          <Tooltip />
          <ReferenceLine
            y={measure.target}
            stroke="#1e7a46"
            strokeDasharray="4 4"
            label={{ value: 'target', fontSize: 11, position: 'insideTopRight' }}
          />
          <Line type="monotone" dataKey="value" stroke="#1f4e8c" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
