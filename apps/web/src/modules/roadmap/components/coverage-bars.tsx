import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Coverage } from '../hooks/use-roadmap';

/** Trust coverage per standard: schools met, partly met, not met. */
export function CoverageBars({ coverage }: { coverage: Coverage[] }) {
  const data = coverage.map((c) => ({
    code: c.standard.code,
    Met: c.met,
    'Partly met': c.partlyMet,
    'Not met': c.notMet,
  }));
  return (
    <figure aria-label="Coverage of each standard across the trust">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} layout="vertical" margin={{ left: 40 }}>
          <XAxis type="number" allowDecimals={false} fontSize={11} />
          <YAxis type="category" dataKey="code" fontSize={11} width={90} />
          <Tooltip />
          <Legend />
          <Bar dataKey="Met" stackId="a" fill="#1e7a46" isAnimationActive={false} />
          <Bar dataKey="Partly met" stackId="a" fill="#a15c00" isAnimationActive={false} />
          <Bar dataKey="Not met" stackId="a" fill="#b3261e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
