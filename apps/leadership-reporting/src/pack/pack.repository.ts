import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { S } from '../schema';
import { PackData } from './pack-data';

/** What the board pack reads besides the board rows: the trust's name, incidents, changes, initiatives, standards. */
@Injectable()
export class PackRepository {
  constructor(private readonly db: TenantDb) {}

  async trustName(): Promise<string | null> {
    const [ref] = await this.db.em().query(`SELECT name FROM ${S}.trust_ref`);
    return ref?.name ?? null;
  }

  /** Open incidents, and those opened in the range (London days), worst first. */
  incidents(from: string, to: string): Promise<PackData['incidents']> {
    return this.db.em().query(
      `SELECT title, severity, type, state, review_findings AS findings FROM ${S}.incident_state
      WHERE state IN ('OPEN','MITIGATED') OR (opened_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 ORDER BY severity, opened_at DESC`,
      [from, to],
    );
  }

  /** Changes scheduled in the range, and those still waiting for approval or a slot. */
  changes(from: string, to: string): Promise<PackData['changes']> {
    return this.db.em().query(
      `SELECT title, status, to_char(scheduled_start AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI') AS start FROM ${S}.change_state
      WHERE (scheduled_start AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 OR status IN ('SUBMITTED','APPROVED') ORDER BY scheduled_start NULLS LAST, title`,
      [from, to],
    );
  }

  /** Every initiative not dropped: by lane (now, next, later), then red before amber before green. */
  initiatives(): Promise<PackData['initiatives']> {
    return this.db.em()
      .query(`SELECT title, horizon, status, rag FROM ${S}.initiative_state WHERE status NOT IN ('DROPPED')
      ORDER BY CASE horizon WHEN 'NOW' THEN 0 WHEN 'NEXT' THEN 1 ELSE 2 END, CASE rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, title`);
  }

  /** Per standard, how many schools meet it, partly meet it, or do not. */
  standards(): Promise<PackData['standards']> {
    return this.db.em()
      .query(`SELECT code, count(*) FILTER (WHERE level = 'MET')::int AS met, count(*) FILTER (WHERE level = 'PARTLY_MET')::int AS partly,
      count(*) FILTER (WHERE level = 'NOT_MET')::int AS "notMet" FROM ${S}.standard_state GROUP BY code ORDER BY code`);
  }
}
