import { BoardRow } from '../board/board.types';

/** Everything a board pack shows, as the HTML page and the PDF render it. */
export interface PackData {
  trust: string;
  from: string;
  to: string;
  schools: BoardRow[];
  totals: BoardRow;
  incidents: { title: string; severity: string; type: string; state: string; findings: string | null }[];
  changes: { title: string; status: string; start: string | null }[];
  initiatives: { title: string; horizon: string; status: string; rag: string }[];
  standards: { code: string; met: number; partly: number; notMet: number }[];
}
