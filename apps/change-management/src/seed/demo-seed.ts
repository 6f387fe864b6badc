import { DEMO_TRUSTS, demoId, demoUser, NORTHSTAR } from '@trustops/demo-data';
import { seedDirectoryCopies } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events/events.service';
import { SCHEMA } from '../service-schema';

const APPS = [
  {
    name: 'Google Classroom',
    vendor: 'Google',
    purpose: 'Set and collect work',
    dpia: 'APPROVED',
    data: 'Pupil names, school email, work',
  },
  {
    name: 'Microsoft Forms',
    vendor: 'Microsoft',
    purpose: 'Quizzes and surveys',
    dpia: 'APPROVED',
    data: 'Pupil names, answers',
  },
  {
    name: 'Purple Mash',
    vendor: '2Simple',
    purpose: 'Primary computing curriculum',
    dpia: 'APPROVED',
    data: 'Pupil names, class',
  },
  {
    name: 'Seesaw',
    vendor: 'Seesaw Learning',
    purpose: 'Learning journals shared with parents',
    dpia: 'IN_PROGRESS',
    data: 'Pupil names, photos, work',
  },
];

/**
 * Copies of directory's demo data, the approved-apps register, and a few requests, changes and an incident so
 * each view has something on first start. Idempotent: everything upserts by fixed ids.
 */
export async function seedDemo(db: TenantDb, events: EventsService, today = new Date()): Promise<void> {
  for (const trust of DEMO_TRUSTS) {
    await db.runInTenant({ trustId: trust.id }, (em) => seedDirectoryCopies(em, SCHEMA, trust, today));
  }
  const teacher = demoUser('teacher@northstar.example');
  const engineer = demoUser('engineer@northstar.example');
  const tech = demoUser('tech@northstar.example');
  const oakfield = NORTHSTAR.schools[0].id;
  await db.runInTenant({ trustId: NORTHSTAR.id }, async (em) => {
    for (const a of APPS) {
      await em.query(
        `INSERT INTO ${SCHEMA}.approved_app (id, name, vendor, purpose, dpia_status, data_shared) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [demoId('app', a.name), a.name, a.vendor, a.purpose, a.dpia, a.data],
      );
    }
    await em.query(
      `INSERT INTO ${SCHEMA}.tech_request (id, school_id, requester_id, kind, title, goal, reason, app_name, vendor, status)
      VALUES ($1, $2, $3, 'APP', 'Kahoot for Year 6 quizzes', 'Quick quizzes that pupils enjoy at the end of lessons', 'Engagement is low in Friday maths', 'Kahoot!', 'Kahoot ASA', 'SUBMITTED')
      ON CONFLICT DO NOTHING`,
      [demoId('request', 'kahoot'), oakfield, teacher.id],
    );
    const [change] = await em.query(
      `INSERT INTO ${SCHEMA}.change_request (id, title, description, school_ids, classroom_impact, risk, plan, backout_plan, status, created_by)
      VALUES ($1, 'Replace Oakfield classroom Wi-Fi access points', 'Six APs in the KS2 block are end of life', $2, true, 'MEDIUM',
        'Swap APs one classroom at a time after school; test with a class laptop', 'Refit the old APs (kept on site for a week)', 'SUBMITTED', $3)
      ON CONFLICT DO NOTHING RETURNING id`,
      [demoId('change', 'oak-wifi'), [oakfield], tech.id],
    );
    const [incident] = await em.query(
      `INSERT INTO ${SCHEMA}.incident (id, title, description, type, severity, school_ids, commander_id, opened_by, state, aware_at, review_required)
      VALUES ($1, 'Filtering outage at Oakfield', 'Web filtering stopped applying policies after an update', 'SECURITY', 'SEV2', $2, $3, $3, 'RESOLVED',
        now() - interval '3 days', true) ON CONFLICT DO NOTHING RETURNING id, aware_at`,
      [demoId('incident', 'oak-filtering'), [oakfield], engineer.id],
    );
    // Seeded rows tell reporting about themselves once, as the services would have.
    if (change)
      await events.emit('change.submitted', {
        changeId: change.id,
        title: 'Replace Oakfield classroom Wi-Fi access points',
        schoolIds: [oakfield],
        risk: 'MEDIUM',
        classroomImpact: true,
        status: 'SUBMITTED',
      });
    if (incident) {
      const opened = {
        incidentId: incident.id,
        title: 'Filtering outage at Oakfield',
        schoolIds: [oakfield],
        type: 'SECURITY',
        severity: 'SEV2',
        at: incident.aware_at.toISOString(),
      };
      await events.emit('incident.opened', { ...opened, state: 'OPEN', reviewRequired: true, icoDeadline: null });
      await events.emit('incident.resolved', { ...opened, state: 'RESOLVED' });
    }
  });
}
