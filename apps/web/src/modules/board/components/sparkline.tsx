import { Line, LineChart, ResponsiveContainer } from 'recharts';
import type { WeekPoint } from '../hooks/use-board';

/** Twelve weeks of tickets opened, as a small line. */
export function Sparkline({ trend, label }: { trend: WeekPoint[]; label: string }) {
  return (
    <div
      className="sparkline"
      role="img"
      aria-label={`${label}: tickets opened per week, ${trend.map((w) => w.ticketsOpened).join(', ')}`}
    >
      <ResponsiveContainer width="100%" height={28}>
        <LineChart data={trend}>
          <Line
            type="monotone"
            dataKey="ticketsOpened"
            stroke="#1f4e8c"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
