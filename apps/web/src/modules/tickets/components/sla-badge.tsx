import { slaLabel, timeLeft } from '../utils/sla-badge';

export interface SlaBadgeProps { state: string; minutesLeft: number }

export function SlaBadge({ state, minutesLeft }: SlaBadgeProps) {
  const left = timeLeft(minutesLeft, state);
  return (
    <span className={`sla sla-${state.toLowerCase()}`}>
      {slaLabel(state)}{left && <span className="sla-left"> · {left}</span>}
    </span>
  );
}
