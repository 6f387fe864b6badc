import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { S } from '../schema';
import { Figures, Trend, TrustCounts } from './board-rows';

/** Tickets raised from..to (London days), as instants so the (trust, raised_at) index serves it. */
const RAISED_IN_RANGE = `raised_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London' AND raised_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London'`;

/** Median first response per school and for the trust (school_id NULL) in one scan of the range. */
const MEDIANS = `medians AS (SELECT school_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_minutes)::float8 AS med FROM ${S}.ticket_state
  WHERE first_response_minutes IS NOT NULL AND ${RAISED_IN_RANGE} AND ($3::uuid IS NULL OR school_id = $3) GROUP BY GROUPING SETS ((school_id), ()))`;

/**
 * One statement for every school's figures: counters summed over the range, current states counted now. The board
 * lists open schools only; a closed school's own row (schoolStatus, by id) still answers with its history.
 */
const FIGURES = `
WITH ${MEDIANS},
schools AS (SELECT id, name, phase FROM ${S}.school_ref WHERE ($3::uuid IS NULL AND closed_at IS NULL) OR id = $3),
d AS (SELECT school_id, sum(tickets_opened)::int AS opened, sum(enablement_opened)::int AS enablement, sum(tickets_resolved)::int AS resolved,
        sum(sla_met)::int AS met, sum(sla_breached)::int AS breached, sum(csat_sum)::int AS csat_sum, sum(csat_count)::int AS csat_count,
        sum(changes_done)::int AS done, sum(changes_failed)::int AS failed
      FROM ${S}.school_day WHERE day BETWEEN $1 AND $2 GROUP BY school_id),
o AS (SELECT school_id, open AS n FROM ${S}.school_backlog),
fr AS (SELECT school_id, med FROM medians WHERE school_id IS NOT NULL),
i AS (SELECT s.id AS school_id, count(*) FILTER (WHERE x.state IN ('OPEN','MITIGATED'))::int AS open, min(x.severity) FILTER (WHERE x.state IN ('OPEN','MITIGATED')) AS sev,
        count(*) FILTER (WHERE x.state IN ('OPEN','MITIGATED') AND x.severity = 'SEV1')::int AS sev1, count(*) FILTER (WHERE x.state IN ('OPEN','MITIGATED') AND x.severity = 'SEV2')::int AS sev2,
        count(*) FILTER (WHERE x.state IN ('OPEN','MITIGATED') AND x.severity = 'SEV3')::int AS sev3, count(*) FILTER (WHERE x.state IN ('OPEN','MITIGATED') AND x.severity = 'SEV4')::int AS sev4,
        count(*) FILTER (WHERE x.ico_deadline IS NOT NULL AND x.state <> 'REVIEWED')::int AS ico
      FROM schools s JOIN ${S}.incident_state x ON s.id = ANY (x.school_ids) GROUP BY s.id),
c AS (SELECT s.id AS school_id, count(*)::int AS n FROM schools s JOIN ${S}.change_state x ON s.id = ANY (x.school_ids)
      WHERE x.status = 'SCHEDULED' AND (x.scheduled_start AT TIME ZONE 'Europe/London')::date BETWEEN $4::date AND $4::date + 6 GROUP BY s.id),
st AS (SELECT school_id, count(*) FILTER (WHERE level = 'MET')::int AS met, count(*) FILTER (WHERE level = 'PARTLY_MET')::int AS partly, count(*)::int AS total
       FROM ${S}.standard_state GROUP BY school_id),
r AS (SELECT s.id AS school_id, count(*) FILTER (WHERE x.rag = 'GREEN')::int AS green, count(*) FILTER (WHERE x.rag = 'AMBER')::int AS amber,
        count(*) FILTER (WHERE x.rag = 'RED')::int AS red
      FROM schools s JOIN ${S}.initiative_state x ON (cardinality(x.school_ids) = 0 OR s.id = ANY (x.school_ids))
      WHERE x.status NOT IN ('DONE','DROPPED') GROUP BY s.id)
SELECT s.id AS "schoolId", s.name, s.phase, coalesce(o.n, 0) AS open, coalesce(d.opened, 0) AS opened, coalesce(d.enablement, 0) AS enablement,
  coalesce(d.resolved, 0) AS resolved, coalesce(d.met, 0) AS met, coalesce(d.breached, 0) AS breached, coalesce(d.csat_sum, 0) AS "csatSum",
  coalesce(d.csat_count, 0) AS "csatCount", coalesce(d.done, 0) AS done, coalesce(d.failed, 0) AS failed, fr.med AS "medianFr",
  coalesce(i.open, 0) AS "openIncidents", i.sev AS "maxSeverity", coalesce(i.ico, 0) AS ico, coalesce(c.n, 0) AS "changesThisWeek",
  coalesce(st.met, 0) AS "stdMet", coalesce(st.partly, 0) AS "stdPartly", coalesce(st.total, 0) AS "stdTotal",
  coalesce(r.green, 0) AS green, coalesce(r.amber, 0) AS amber, coalesce(r.red, 0) AS red,
  (SELECT med FROM medians WHERE school_id IS NULL) AS "trustMedianFr", coalesce(i.sev1, 0) AS sev1, coalesce(i.sev2, 0) AS sev2,
  coalesce(i.sev3, 0) AS sev3, coalesce(i.sev4, 0) AS sev4
FROM schools s LEFT JOIN d ON d.school_id = s.id LEFT JOIN o ON o.school_id = s.id LEFT JOIN fr ON fr.school_id = s.id LEFT JOIN i ON i.school_id = s.id
  LEFT JOIN c ON c.school_id = s.id LEFT JOIN st ON st.school_id = s.id LEFT JOIN r ON r.school_id = s.id
ORDER BY s.name`;

const TREND = `SELECT school_id AS "schoolId", to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, sum(tickets_opened)::int AS opened,
  sum(tickets_resolved)::int AS resolved, sum(sla_met)::int AS met, sum(sla_breached)::int AS breached
  FROM ${S}.school_day WHERE day BETWEEN $1::date AND $2::date AND ($3::uuid IS NULL OR school_id = $3) GROUP BY 1, 2`;

/** What the trust row counts once however many schools an incident, change or initiative touches. */
const TRUST = `SELECT
  (SELECT count(*)::int FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED') AND severity = 'SEV1') AS sev1,
  (SELECT count(*)::int FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED') AND severity = 'SEV2') AS sev2,
  (SELECT count(*)::int FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED') AND severity = 'SEV3') AS sev3,
  (SELECT count(*)::int FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED') AND severity = 'SEV4') AS sev4,
  (SELECT count(*)::int FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED')) AS "openIncidents",
  (SELECT min(severity) FROM ${S}.incident_state WHERE state IN ('OPEN','MITIGATED')) AS "maxSeverity",
  (SELECT count(*)::int FROM ${S}.incident_state WHERE ico_deadline IS NOT NULL AND state <> 'REVIEWED') AS ico,
  (SELECT count(*)::int FROM ${S}.change_state WHERE status = 'SCHEDULED'
    AND (scheduled_start AT TIME ZONE 'Europe/London')::date BETWEEN $1::date AND $1::date + 6) AS "changesThisWeek",
  (SELECT count(*)::int FROM ${S}.initiative_state WHERE status NOT IN ('DONE','DROPPED') AND rag = 'GREEN') AS green,
  (SELECT count(*)::int FROM ${S}.initiative_state WHERE status NOT IN ('DONE','DROPPED') AND rag = 'AMBER') AS amber,
  (SELECT count(*)::int FROM ${S}.initiative_state WHERE status NOT IN ('DONE','DROPPED') AND rag = 'RED') AS red`;

/** The board's reads of the rollups: every school's figures, their weekly trend, and the trust's own counts. */
@Injectable()
export class BoardRepository {
  constructor(private readonly db: TenantDb) {}

  /** Every school's (or one school's) figures for from..to; `thisWeek` is the Monday changes are counted from. */
  figures(from: string, to: string, schoolId: string | null, thisWeek: string): Promise<Figures[]> {
    return this.db.em().query(FIGURES, [from, to, schoolId, thisWeek]);
  }

  /** Weekly counters per school from the Monday `from` to `to`. */
  trends(from: string, to: string, schoolId: string | null): Promise<Trend[]> {
    return this.db.em().query(TREND, [from, to, schoolId]);
  }

  async trust(thisWeek: string): Promise<TrustCounts> {
    const [trust] = await this.db.em().query(TRUST, [thisWeek]);
    return trust;
  }
}
