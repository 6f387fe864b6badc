import { isOpen } from '@trustops/contracts';

/**
 * Which SLA alerts a ticket is owed (pure, table-tested). Each clock alerts at most once per level: a warning at
 * 75% of its target, a breach at 100%. A ticket found late (the watcher was down) gets only the breach.
 */
export type SlaClockName = 'FIRST_RESPONSE' | 'RESOLUTION';
export type AlertLevel = 'WARNING' | 'BREACHED';

export interface AlertFacts {
  status: string;
  firstRespondedAt: Date | null;
  firstResponseWarningAt: Date;
  firstResponseDueAt: Date;
  firstResponseAlerted: AlertLevel | null;
  startedAt: Date | null;
  resolutionWarningAt: Date;
  resolutionDueAt: Date;
  resolutionAlerted: AlertLevel | null;
}

export interface SlaAlert {
  clock: SlaClockName;
  level: AlertLevel;
  dueAt: Date;
}

interface ClockView {
  clock: SlaClockName;
  running: boolean;
  warningAt: Date;
  dueAt: Date;
  alerted: AlertLevel | null;
}

function clocksOf(t: AlertFacts): ClockView[] {
  const open = isOpen(t.status);
  return [
    {
      clock: 'FIRST_RESPONSE',
      running: open && !t.firstRespondedAt,
      warningAt: t.firstResponseWarningAt,
      dueAt: t.firstResponseDueAt,
      alerted: t.firstResponseAlerted,
    },
    // The resolution clock runs only while someone on the IT side owes work (not WAITING, not RESOLVED).
    {
      clock: 'RESOLUTION',
      running: open && t.startedAt !== null,
      warningAt: t.resolutionWarningAt,
      dueAt: t.resolutionDueAt,
      alerted: t.resolutionAlerted,
    },
  ];
}

export function alertsDue(t: AlertFacts, now: Date): SlaAlert[] {
  return clocksOf(t).flatMap((c): SlaAlert[] => {
    if (!c.running || c.alerted === 'BREACHED') return [];
    if (now >= c.dueAt) return [{ clock: c.clock, level: 'BREACHED', dueAt: c.dueAt }];
    if (now >= c.warningAt && c.alerted === null) return [{ clock: c.clock, level: 'WARNING', dueAt: c.dueAt }];
    return [];
  });
}

/** When the watcher should next look at this ticket: the soonest threshold not yet alerted, or never. */
export function nextAlertAt(t: AlertFacts): Date | null {
  const times = clocksOf(t)
    .filter((c) => c.running && c.alerted !== 'BREACHED')
    .map((c) => (c.alerted === 'WARNING' ? c.dueAt : c.warningAt));
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
}

export function applyAlert<T extends AlertFacts>(t: T, alert: SlaAlert): void {
  if (alert.clock === 'FIRST_RESPONSE') t.firstResponseAlerted = alert.level;
  else t.resolutionAlerted = alert.level;
}
