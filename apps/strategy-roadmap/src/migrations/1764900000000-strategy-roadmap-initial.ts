import { MigrationInterface, QueryRunner } from 'typeorm';
import { directoryCopiesSql } from '@trustops/directory-copies';
import { serviceRoles } from '@trustops/service-kit';
import { kitTablesSql, tenantTablePolicies, TRUST_ID_COLUMN } from '@trustops/service-kit/migrations';
import { DFE_STANDARDS } from '../standards/dfe-standards';

const S = 'strategy_roadmap';
const { app } = serviceRoles(S);

/** Objectives and measures, initiatives (lanes, dependencies, milestones), DfE standards and assessments, risks, device refresh. */
export class StrategyRoadmapInitial1764900000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      ...directoryCopiesSql(S),

      `CREATE TABLE ${S}.objective (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), description text NOT NULL DEFAULT '', position int NOT NULL DEFAULT 0,
         created_at timestamptz NOT NULL DEFAULT now())`,
      ...tenantTablePolicies(S, 'objective'),
      `CREATE TABLE ${S}.measure (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         objective_id uuid NOT NULL REFERENCES ${S}.objective (id) ON DELETE CASCADE, name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
         unit text NOT NULL CHECK (unit IN ('PERCENT','COUNT','GBP','DAYS','HOURS','SCORE')),
         baseline numeric NOT NULL, target numeric NOT NULL, current numeric NOT NULL, due_on date)`,
      `CREATE INDEX measure_objective ON ${S}.measure (trust_id, objective_id)`,
      ...tenantTablePolicies(S, 'measure'),
      `CREATE TABLE ${S}.measure_reading (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         measure_id uuid NOT NULL REFERENCES ${S}.measure (id) ON DELETE CASCADE, value numeric NOT NULL, recorded_on date NOT NULL, recorded_by uuid)`,
      `CREATE INDEX measure_reading_measure ON ${S}.measure_reading (trust_id, measure_id, recorded_on)`,
      ...tenantTablePolicies(S, 'measure_reading'),

      `CREATE TABLE ${S}.initiative (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), problem text NOT NULL CHECK (length(problem) BETWEEN 1 AND 2000),
         school_ids uuid[] NOT NULL DEFAULT '{}', owner_id uuid, capital_cost numeric NOT NULL DEFAULT 0 CHECK (capital_cost >= 0),
         revenue_cost numeric NOT NULL DEFAULT 0 CHECK (revenue_cost >= 0),
         horizon text NOT NULL CHECK (horizon IN ('NOW','NEXT','LATER')),
         status text NOT NULL CHECK (status IN ('PROPOSED','APPROVED','IN_PROGRESS','DONE','DROPPED')),
         rag text NOT NULL DEFAULT 'GREEN' CHECK (rag IN ('GREEN','AMBER','RED')), rag_reason text,
         CHECK (rag = 'GREEN' OR rag_reason IS NOT NULL),
         source_standard_id uuid, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX initiative_lane ON ${S}.initiative (trust_id, horizon, status)`,
      ...tenantTablePolicies(S, 'initiative'),
      `CREATE TABLE ${S}.initiative_objective (${TRUST_ID_COLUMN}, initiative_id uuid NOT NULL REFERENCES ${S}.initiative (id) ON DELETE CASCADE,
         objective_id uuid NOT NULL REFERENCES ${S}.objective (id) ON DELETE CASCADE, PRIMARY KEY (initiative_id, objective_id))`,
      `CREATE INDEX initiative_objective_objective ON ${S}.initiative_objective (trust_id, objective_id)`,
      ...tenantTablePolicies(S, 'initiative_objective'),
      `CREATE TABLE ${S}.initiative_dependency (${TRUST_ID_COLUMN}, initiative_id uuid NOT NULL REFERENCES ${S}.initiative (id) ON DELETE CASCADE,
         depends_on_id uuid NOT NULL REFERENCES ${S}.initiative (id) ON DELETE CASCADE, PRIMARY KEY (initiative_id, depends_on_id),
         CHECK (initiative_id <> depends_on_id))`,
      ...tenantTablePolicies(S, 'initiative_dependency'),
      `CREATE TABLE ${S}.milestone (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         initiative_id uuid NOT NULL REFERENCES ${S}.initiative (id) ON DELETE CASCADE, title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
         due_on date NOT NULL, done_on date)`,
      ...tenantTablePolicies(S, 'milestone'),

      // The DfE catalogue is the same for every trust: reference data, readable by all, written by migrations only.
      `CREATE TABLE ${S}.standard (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, title text NOT NULL, summary text NOT NULL, position int NOT NULL)`,
      `GRANT SELECT ON ${S}.standard TO ${app}`,
      `CREATE TABLE ${S}.standard_assessment (${TRUST_ID_COLUMN}, school_id uuid NOT NULL, standard_id uuid NOT NULL REFERENCES ${S}.standard (id),
         level text NOT NULL CHECK (level IN ('MET','PARTLY_MET','NOT_MET')), evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 5000),
         assessed_on date NOT NULL, assessed_by uuid NOT NULL, PRIMARY KEY (trust_id, school_id, standard_id))`,
      ...tenantTablePolicies(S, 'standard_assessment'),

      `CREATE TABLE ${S}.risk (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TRUST_ID_COLUMN},
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200), description text NOT NULL DEFAULT '',
         likelihood int NOT NULL CHECK (likelihood BETWEEN 1 AND 5), impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
         owner_id uuid, mitigation text NOT NULL DEFAULT '', status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
         incident_ids uuid[] NOT NULL DEFAULT '{}', initiative_ids uuid[] NOT NULL DEFAULT '{}',
         created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
      ...tenantTablePolicies(S, 'risk'),

      `CREATE TABLE ${S}.device_fleet (${TRUST_ID_COLUMN}, school_id uuid NOT NULL, device_type text NOT NULL, purchased_year int NOT NULL,
         count int NOT NULL CHECK (count >= 0), PRIMARY KEY (trust_id, school_id, device_type, purchased_year))`,
      ...tenantTablePolicies(S, 'device_fleet'),
      `CREATE TABLE ${S}.refresh_policy (${TRUST_ID_COLUMN}, device_type text NOT NULL, cycle_years int NOT NULL CHECK (cycle_years BETWEEN 1 AND 15),
         unit_cost numeric NOT NULL CHECK (unit_cost >= 0), PRIMARY KEY (trust_id, device_type))`,
      ...tenantTablePolicies(S, 'refresh_policy'),
      ...kitTablesSql(S),
    ];
    for (const sql of statements) await qr.query(sql);
    for (const [i, s] of DFE_STANDARDS.entries()) {
      await qr.query(`INSERT INTO ${S}.standard (id, code, title, summary, position) VALUES ($1, $2, $3, $4, $5)`, [
        s.id,
        s.code,
        s.title,
        s.summary,
        i,
      ]);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'refresh_policy',
      'device_fleet',
      'risk',
      'standard_assessment',
      'standard',
      'milestone',
      'initiative_dependency',
      'initiative_objective',
      'initiative',
      'measure_reading',
      'measure',
      'objective',
      'member_ref',
      'calendar_ref',
      'school_ref',
      'audit_log',
      'processed_event',
      'outbox',
    ]) {
      await qr.query(`DROP TABLE IF EXISTS ${S}.${table} CASCADE`);
    }
    await qr.query(`DROP FUNCTION IF EXISTS ${S}.outbox_notify()`);
  }
}
