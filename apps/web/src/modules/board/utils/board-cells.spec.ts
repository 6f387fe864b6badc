import type { BoardRow } from './board-types';
import { boardCsv, incidentTone, slaTone, sortRows } from './board-cells';

const row = (name: string, over: Partial<BoardRow> = {}): BoardRow => ({
  school: { id: name },
  schoolName: name,
  phase: 'PRIMARY',
  openTickets: 0,
  ticketsOpened: 0,
  ticketsResolved: 0,
  slaMetPercent: null,
  breaches: 0,
  medianFirstResponseMinutes: null,
  csatAverage: null,
  csatCount: 0,
  enablementShare: null,
  openIncidents: 0,
  maxSeverity: null,
  icoClocksRunning: 0,
  openIncidentsBySeverity: { sev1: 0, sev2: 0, sev3: 0, sev4: 0 },
  changesThisWeek: 0,
  standardsCoverage: null,
  rag: { green: 0, amber: 0, red: 0 },
  trend: [],
  ...over,
});

describe('board cells', () => {
  it.each([
    [95, 'good'],
    [80, 'warn'],
    [50, 'bad'],
    [null, 'none'],
  ] as const)('SLA %s%% is %s', (pct, tone) => {
    expect(slaTone(pct)).toBe(tone);
  });

  it('marks a running ICO clock bad whatever the severity', () => {
    expect(incidentTone({ openIncidents: 1, maxSeverity: 'SEV4', icoClocksRunning: 1 })).toBe('bad');
    expect(incidentTone({ openIncidents: 1, maxSeverity: 'SEV3', icoClocksRunning: 0 })).toBe('warn');
  });

  it('sorts with empty figures last, both ways', () => {
    const rows = [row('A', { slaMetPercent: 80 }), row('B'), row('C', { slaMetPercent: 95 })];
    expect(sortRows(rows, 'slaMetPercent', true).map((r) => r.schoolName)).toEqual(['C', 'A', 'B']);
    expect(sortRows(rows, 'slaMetPercent', false).map((r) => r.schoolName)).toEqual(['A', 'C', 'B']);
  });

  it('writes CSV with quoting', () => {
    const csv = boardCsv([row("St Aidan's, CE", { openTickets: 3 })]).split('\r\n');
    expect(csv[0].startsWith('School,Phase,Open tickets')).toBe(true);
    expect(csv[1].startsWith('"St Aidan\'s, CE",PRIMARY,3,')).toBe(true);
  });
});
