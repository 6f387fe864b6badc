import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { BoardService } from '../board/board.service';
import { BoardRow } from '../board/board.types';
import { S } from '../rollups/apply-event';

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

/** Everything a governors' board pack says, from the rollups only (no call to another service). */
@Injectable()
export class PackDataService {
  constructor(
    private readonly db: TenantDb,
    private readonly board: BoardService,
  ) {}

  async gather(from: string, to: string): Promise<PackData> {
    const em = this.db.em();
    const [ref] = await em.query(`SELECT name FROM ${S}.trust_ref`);
    const trust: string = ref?.name ?? 'Your trust';
    const { schools, totals } = await this.board.rows(from, to, null);
    const incidents = await em.query(
      `SELECT title, severity, type, state, review_findings AS findings FROM ${S}.incident_state
      WHERE state IN ('OPEN','MITIGATED') OR (opened_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 ORDER BY severity, opened_at DESC`,
      [from, to],
    );
    const changes = await em.query(
      `SELECT title, status, to_char(scheduled_start AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI') AS start FROM ${S}.change_state
      WHERE (scheduled_start AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 OR status IN ('SUBMITTED','APPROVED') ORDER BY scheduled_start NULLS LAST, title`,
      [from, to],
    );
    const initiatives =
      await em.query(`SELECT title, horizon, status, rag FROM ${S}.initiative_state WHERE status NOT IN ('DROPPED')
      ORDER BY CASE horizon WHEN 'NOW' THEN 0 WHEN 'NEXT' THEN 1 ELSE 2 END, CASE rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, title`);
    const standards =
      await em.query(`SELECT code, count(*) FILTER (WHERE level = 'MET')::int AS met, count(*) FILTER (WHERE level = 'PARTLY_MET')::int AS partly,
      count(*) FILTER (WHERE level = 'NOT_MET')::int AS "notMet" FROM ${S}.standard_state GROUP BY code ORDER BY code`);
    return { trust, from, to, schools, totals, incidents, changes, initiatives, standards };
  }
}
