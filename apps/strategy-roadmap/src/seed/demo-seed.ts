import { DEMO_TRUSTS, demoId, demoUser, NORTHSTAR } from '@trustops/demo-data';
import { seedDirectoryCopies } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { EventsService } from '../events/events.service';
import { SCHEMA as S } from '../roadmap-schema';
import { DFE_STANDARDS } from '../standards/dfe-standards';
import { INITIATIVES, levelFor, OBJECTIVES, RISKS } from './demo-roadmap';

/** Copies of directory's demo data and Northstar's strategy. Idempotent: fixed ids, ON CONFLICT DO NOTHING. */
export async function seedDemo(db: TenantDb, events: EventsService, today = new Date()): Promise<void> {
  for (const trust of DEMO_TRUSTS)
    await db.runInTenant({ trustId: trust.id }, (em) => seedDirectoryCopies(em, S, trust, today));
  await db.runInTenant({ trustId: NORTHSTAR.id }, async (em) => {
    await seedObjectives(em, today);
    await seedInitiatives(em, events);
    const engineer = demoUser('engineer@northstar.example').id;
    for (const [si, school] of NORTHSTAR.schools.entries()) {
      for (const [ti, standard] of DFE_STANDARDS.entries()) {
        const [added] = await em.query(
          `INSERT INTO ${S}.standard_assessment (school_id, standard_id, level, evidence, assessed_on, assessed_by)
          VALUES ($1, $2, $3, $4, current_date - 30, $5) ON CONFLICT DO NOTHING RETURNING to_char(assessed_on, 'YYYY-MM-DD') AS on`,
          [school.id, standard.id, levelFor(si, ti), 'Termly self-assessment', engineer],
        );
        if (added)
          await events.emit('standard.assessed', {
            schoolId: school.id,
            standardId: standard.id,
            code: standard.code,
            level: levelFor(si, ti),
            assessedOn: added.on,
          });
      }
      await em.query(
        `INSERT INTO ${S}.device_fleet (school_id, device_type, purchased_year, count) VALUES ($1, 'LAPTOP', $2, $3), ($1, 'PANEL', $4, $5) ON CONFLICT DO NOTHING`,
        [school.id, 2020 + (si % 5), 30 + si * 4, 2016 + (si % 7), 8 + (si % 6)],
      );
    }
    await em.query(
      `INSERT INTO ${S}.refresh_policy (device_type, cycle_years, unit_cost) VALUES ('LAPTOP', 5, 550), ('PANEL', 8, 3200) ON CONFLICT DO NOTHING`,
    );
    const director = demoUser('director@northstar.example').id;
    for (const [title, likelihood, impact, mitigation] of RISKS) {
      await em.query(
        `INSERT INTO ${S}.risk (id, title, likelihood, impact, owner_id, mitigation) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [demoId('risk', title), title, likelihood, impact, director, mitigation],
      );
    }
  });
}

async function seedObjectives(em: EntityManager, today: Date): Promise<void> {
  for (const [position, o] of OBJECTIVES.entries()) {
    const id = demoId('objective', o.key);
    await em.query(`INSERT INTO ${S}.objective (id, title, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      id,
      o.title,
      position,
    ]);
    for (const [name, unit, baseline, target, current] of o.measures) {
      const measureId = demoId('measure', o.key, name);
      await em.query(
        `INSERT INTO ${S}.measure (id, objective_id, name, unit, baseline, target, current, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [measureId, id, name, unit, baseline, target, current, `${today.getUTCFullYear() + 2}-07-31`],
      );
      // Six termly readings from the baseline to today's value, so the chart has a line.
      for (let i = 0; i < 6; i++) {
        const value = Math.round((baseline + ((current - baseline) * i) / 5) * 10) / 10;
        await em.query(
          `INSERT INTO ${S}.measure_reading (id, measure_id, value, recorded_on) VALUES ($1, $2, $3, $4::date - ($5 * 120)) ON CONFLICT DO NOTHING`,
          [demoId('reading', measureId, String(i)), measureId, value, today.toISOString().slice(0, 10), 5 - i],
        );
      }
    }
  }
}

async function seedInitiatives(em: EntityManager, events: EventsService): Promise<void> {
  const owner = demoUser('director@northstar.example').id;
  for (const i of INITIATIVES) {
    const id = demoId('initiative', i.title);
    const [added] = await em.query(
      `INSERT INTO ${S}.initiative (id, title, problem, owner_id, capital_cost, revenue_cost, horizon, status, rag, rag_reason)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [id, i.title, i.problem, owner, i.capital, i.revenue, i.lane, i.status, i.rag, i.reason ?? null],
    );
    if (added) {
      await events.emit('initiative.created', {
        initiativeId: id,
        title: i.title,
        schoolIds: [],
        horizon: i.lane,
        status: i.status,
        rag: i.rag,
        objectiveIds: i.objectives.map((k) => demoId('objective', k)),
      });
    }
    for (const key of i.objectives) {
      await em.query(
        `INSERT INTO ${S}.initiative_objective (initiative_id, objective_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, demoId('objective', key)],
      );
    }
  }
}
