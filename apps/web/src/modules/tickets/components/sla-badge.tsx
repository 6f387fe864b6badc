import { slaLabel, timeLeft } from '../utils/sla-badge';

export interface SlaBadgeProps {
  state: string;
  workingMinutesLeft: number | null;
}

/** The SLA state and the working time left on the resolution clock, in the school's hours. */
export function SlaBadge({ state, workingMinutesLeft }: SlaBadgeProps) {
  const left = timeLeft(workingMinutesLeft, state);
  return (
    <span className={`sla sla-${state.toLowerCase()}`} title="Time left counts school working hours only">
      {slaLabel(state)}
      {left && <span className="sla-left"> · {left}</span>}
    </span>
  );
}
