import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { BoardRow } from '../hooks/use-board';
import { coverageTone, incidentTone, ragTone, slaTone, SortKey, sortRows } from '../utils/board-cells';
import { Sparkline } from './sparkline';

const COLUMNS: [SortKey, string][] = [
  ['schoolName', 'School'],
  ['openTickets', 'Open tickets'],
  ['slaMetPercent', 'SLA met'],
  ['breaches', 'Breaches'],
  ['csatAverage', 'CSAT'],
  ['openIncidents', 'Incidents'],
  ['standardsCoverage', 'Standards'],
];
const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

/** Schools with RAG-coloured cells; click a heading to sort, a school to open its page. */
export function BoardTable({ rows, totals }: { rows: BoardRow[]; totals: BoardRow }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'schoolName', descending: false });
  const sorted = sortRows(rows, sort.key, sort.descending);
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="link"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'schoolName' })}
      >
        {label}
      </button>
    </th>
  );
  const line = (r: BoardRow, isTotal = false) => (
    <tr key={r.school.id} className={isTotal ? 'total' : undefined}>
      <th scope="row">
        {isTotal ? (
          r.schoolName
        ) : (
          <Link to="/school/$id" params={{ id: r.school.id }}>
            {r.schoolName}
          </Link>
        )}
      </th>
      <td data-testid="open-tickets">{r.openTickets}</td>
      <td className={`tone-${slaTone(r.slaMetPercent)}`}>{pct(r.slaMetPercent)}</td>
      <td>{r.breaches}</td>
      <td>{r.csatAverage ?? '—'}</td>
      <td
        className={`tone-${incidentTone(r)}`}
        title={`Open: ${r.openIncidentsBySeverity.sev1} SEV1, ${r.openIncidentsBySeverity.sev2} SEV2, ${r.openIncidentsBySeverity.sev3} SEV3, ${r.openIncidentsBySeverity.sev4} SEV4`}
      >
        {r.openIncidents}
        {r.maxSeverity ? ` (${r.maxSeverity})` : ''}
        {r.icoClocksRunning ? ' · ICO' : ''}
      </td>
      <td className={`tone-${coverageTone(r.standardsCoverage)}`}>
        {r.standardsCoverage === null ? '—' : `${Math.round(r.standardsCoverage * 100)}%`}
      </td>
      <td className={`tone-${ragTone(r.rag)}`}>
        {r.rag.red} R · {r.rag.amber} A · {r.rag.green} G
      </td>
      <td>{r.enablementShare === null ? '—' : `${Math.round(r.enablementShare * 100)}%`}</td>
      <td>{r.changesThisWeek}</td>
      <td>
        <Sparkline trend={r.trend} label={r.schoolName} />
      </td>
    </tr>
  );
  return (
    <table className="board">
      <thead>
        <tr>
          {COLUMNS.map(([key, label]) => header(key, label))}
          <th scope="col">Initiatives</th>
          <th scope="col">Enablement</th>
          <th scope="col">Changes this week</th>
          <th scope="col">12 weeks</th>
        </tr>
      </thead>
      <tbody>{sorted.map((r) => line(r))}</tbody>
      <tfoot>{line(totals, true)}</tfoot>
    </table>
  );
}
