/** What the board query returns for a school (or the trust). */
export interface WeekPoint {
  weekStart: string;
  ticketsOpened: number;
  ticketsResolved: number;
  slaMetPercent: number | null;
}
export interface BoardRow {
  school: { id: string };
  schoolName: string;
  phase: string;
  openTickets: number;
  ticketsOpened: number;
  ticketsResolved: number;
  slaMetPercent: number | null;
  breaches: number;
  medianFirstResponseMinutes: number | null;
  csatAverage: number | null;
  csatCount: number;
  enablementShare: number | null;
  openIncidents: number;
  maxSeverity: string | null;
  openIncidentsBySeverity: { sev1: number; sev2: number; sev3: number; sev4: number };
  icoClocksRunning: number;
  changesThisWeek: number;
  standardsCoverage: number | null;
  rag: { green: number; amber: number; red: number };
  trend: WeekPoint[];
}
