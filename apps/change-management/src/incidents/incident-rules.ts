/** Pure rules of incidents and their independent review (seed 000), table-tested. */
export type IncidentType = 'OUTAGE' | 'SECURITY' | 'DATA_BREACH' | 'OTHER';
export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
export type IncidentState = 'OPEN' | 'MITIGATED' | 'RESOLVED' | 'REVIEWED';

const HOUR = 3_600_000;
/** UK GDPR article 33: tell the ICO within 72 hours of becoming aware. Real hours, whatever the clocks do. */
export const ICO_HOURS = 72;
export const ICO_WARNINGS = [48, 66];

export const reviewRequired = (type: IncidentType, severity: Severity) =>
  type === 'DATA_BREACH' || severity === 'SEV1' || severity === 'SEV2';

export const icoDeadline = (type: IncidentType, awareAt: Date) =>
  type === 'DATA_BREACH' ? new Date(awareAt.getTime() + ICO_HOURS * HOUR) : null;

/** The warnings (hours since awareness) now owed: each once, none after the ICO has been told. */
export function icoWarningsDue(awareAt: Date, alreadyWarned: number, notifiedAt: Date | null, now: Date): number[] {
  if (notifiedAt) return [];
  const hours = (now.getTime() - awareAt.getTime()) / HOUR;
  return ICO_WARNINGS.filter((h) => h > alreadyWarned && hours >= h);
}

const MOVES: Record<IncidentState, IncidentState[]> = {
  OPEN: ['MITIGATED', 'RESOLVED'],
  MITIGATED: ['RESOLVED'],
  RESOLVED: ['REVIEWED', 'OPEN'],
  REVIEWED: [],
};

/** A move's answer: ok, or the refusal's code (incidents.errors.ts) and its reason. */
export type Check =
  { ok: true } | { ok: false; code: 'INCIDENT_STATE_MOVE' | 'INCIDENT_REVIEW_REQUIRED'; message: string };

export function checkIncidentMove(
  from: IncidentState,
  to: IncidentState,
  needsReview: boolean,
  reviewPublished: boolean,
): Check {
  if (!MOVES[from].includes(to)) {
    return {
      ok: false,
      code: 'INCIDENT_STATE_MOVE',
      message: `An ${from} incident can move to ${MOVES[from].join(' or ') || 'nothing'}, not ${to}`,
    };
  }
  if (to === 'REVIEWED' && needsReview && !reviewPublished) {
    return {
      ok: false,
      code: 'INCIDENT_REVIEW_REQUIRED',
      message: 'This incident needs its independent review published before it is closed as reviewed',
    };
  }
  return { ok: true };
}

export interface WhoWorkedIt {
  commanderId: string | null;
  openedBy: string;
  entryAuthors: string[];
  changeApprovers: string[];
  changeImplementers: string[];
}

/** Why someone is not independent of an incident: empty when they are. */
export function independenceProblems(reviewerId: string, who: WhoWorkedIt): string[] {
  const problems: string[] = [];
  if (who.commanderId === reviewerId) problems.push('commanded the incident');
  if (who.openedBy === reviewerId) problems.push('opened the incident');
  if (who.entryAuthors.includes(reviewerId)) problems.push('wrote on its timeline');
  if (who.changeImplementers.includes(reviewerId)) problems.push('implemented a linked change');
  if (who.changeApprovers.includes(reviewerId)) problems.push('approved a linked change');
  return problems;
}
