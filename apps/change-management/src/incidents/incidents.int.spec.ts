import { demoUser } from '@trustops/demo-data';
import { errorCodes, eventually, ok, serviceUnderTest } from '@trustops/testing';
import { Client } from 'pg';
import { makeIncidentInput, newIncident } from '../testing/factories';
import { startChangeManagement } from '../testing/start-change-management';

const OPEN =
  'mutation ($i: OpenIncidentInput!) { openIncident(input: $i) { id reviewRequired icoDeadline state awareAt } }';
const STATE = 'mutation ($i: ID!, $s: IncidentState!) { setIncidentState(incidentId: $i, state: $s) { state } }';
const ASSIGN = 'mutation ($i: ID!, $r: ID!) { assignReviewer(incidentId: $i, reviewerId: $r) { reviewer { id } } }';
const PUBLISH = 'mutation ($i: PublishReviewInput!) { publishReview(input: $i) { findings actions { title status } } }';
const reviewer = demoUser('reviewer@independent.example');
const breach = (over: Parameters<typeof makeIncidentInput>[0] = {}) => ({ i: makeIncidentInput(over) });

describe('incidents, the ICO clock and the independent review', () => {
  const { as, ctx } = serviceUnderTest(() => startChangeManagement({ INCIDENT_WATCH_EVERY_MS: '250' }));

  it('requires a review of a breach and sets the ICO deadline 72 hours after awareness', async () => {
    const opened = ok(await as('tech', OPEN, breach())).openIncident;
    expect(opened).toMatchObject({ reviewRequired: true, state: 'OPEN', icoDeadline: '2026-10-27T09:00:00.000Z' });
    const outage = ok(await as('tech', OPEN, breach({ type: 'OUTAGE', severity: 'SEV4', awareAt: null }))).openIncident;
    expect(outage).toMatchObject({ reviewRequired: false, icoDeadline: null });
  });

  it('refuses a reviewer who worked the incident, and closes it only after the review is published', async () => {
    const id = await newIncident(
      as,
      { title: 'Phishing led to a mailbox compromise', type: 'SECURITY', severity: 'SEV2' },
      'engineer',
    );
    await as(
      'tech',
      'mutation ($i: ID!) { addTimelineEntry(incidentId: $i, body: "Reset the password and revoked sessions") { id } }',
      { i: id },
    );
    const refused = await as('director', ASSIGN, { i: id, r: demoUser('tech@northstar.example').id });
    expect(errorCodes(refused)).toEqual(['REVIEWER_NOT_INDEPENDENT']);
    expect(refused.errors![0].message).toMatch(/Tom Reed cannot review this incident: they wrote on its timeline/);
    expect(errorCodes(await as('director', ASSIGN, { i: id, r: demoUser('engineer@northstar.example').id }))).toEqual([
      'REVIEWER_NOT_INDEPENDENT',
    ]);
    expect(errorCodes(await as('engineer', ASSIGN, { i: id, r: reviewer.id }))).toEqual(['FORBIDDEN']);
    expect(ok(await as('director', ASSIGN, { i: id, r: reviewer.id })).assignReviewer.reviewer.id).toBe(reviewer.id);

    // The reviewer sees this incident and nothing else.
    const mine = ok(await as('reviewer', '{ incidents { id title timeline { body } } }')).incidents;
    expect(mine).toEqual([
      {
        id,
        title: 'Phishing led to a mailbox compromise',
        timeline: [{ body: 'Reset the password and revoked sessions' }],
      },
    ]);

    await as('engineer', STATE, { i: id, s: 'RESOLVED' });
    expect(errorCodes(await as('engineer', STATE, { i: id, s: 'REVIEWED' }))).toEqual(['INCIDENT_REVIEW_REQUIRED']);
    const review = {
      incidentId: id,
      findings: 'MFA was not enforced for office staff',
      contributingFactors: ['No conditional access'],
      actions: [
        { title: 'Enforce MFA for all staff', ownerId: demoUser('engineer@northstar.example').id, dueOn: '2026-12-18' },
      ],
    };
    expect(errorCodes(await as('engineer', PUBLISH, { i: review }))).toEqual(['FORBIDDEN']);
    expect(ok(await as('reviewer', PUBLISH, { i: review })).publishReview).toEqual({
      findings: review.findings,
      actions: [{ title: 'Enforce MFA for all staff', status: 'OPEN' }],
    });
    expect(errorCodes(await as('reviewer', PUBLISH, { i: review }))).toEqual(['REVIEW_ALREADY_PUBLISHED']);
    expect(ok(await as('engineer', STATE, { i: id, s: 'REVIEWED' })).setIncidentState.state).toBe('REVIEWED');

    const published = ok(
      await as('governor', '{ publishedReviews { incident { id } review { findings } } }'),
    ).publishedReviews;
    expect(published).toEqual([{ incident: { id }, review: { findings: review.findings } }]);
    expect(errorCodes(await as('governor', '{ incidents { id } }'))).toEqual(['FORBIDDEN']);
  });

  it('warns at 48 hours into a breach the ICO has not been told of, once', async () => {
    const now = Date.now();
    const id = await newIncident(as, { title: 'Laptop with pupil data lost', awareAt: new Date(now - 49 * 3_600_000) });
    const admin = new Client({ connectionString: ctx.service.db.adminUrl });
    admin.on('error', () => undefined);
    await admin.connect();
    try {
      const warnings = async () =>
        (
          await admin.query(
            `SELECT payload->>'hoursSinceAware' AS h FROM change_management.outbox
        WHERE type = 'incident.ico_warning' AND payload->>'incidentId' = $1`,
            [id],
          )
        ).rows;
      await eventually(warnings, (rows) => rows.length > 0);
      await new Promise((r) => setTimeout(r, 700));
      expect(await warnings()).toEqual([{ h: '48' }]);
    } finally {
      await admin.end();
    }
    const before = Date.now();
    const notified = ok(
      await as('tech', 'mutation ($i: ID!) { recordIcoNotification(incidentId: $i) { icoNotifiedAt } }', { i: id }),
    ).recordIcoNotification;
    // Told "now" when no time is given.
    const told = new Date(notified.icoNotifiedAt).getTime();
    expect(told).toBeGreaterThanOrEqual(before - 1000);
    expect(told).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('keeps incidents to their trust, and refuses bad input', async () => {
    const id = await newIncident(as, { title: 'Trust-only incident' });
    expect(ok(await as('riverside', 'query ($i: ID!) { incident(id: $i) { id } }', { i: id })).incident).toBeNull();
    for (const [q, v] of [
      [STATE, { i: id, s: 'RESOLVED' }],
      ['mutation ($i: ID!) { addTimelineEntry(incidentId: $i, body: "x") { id } }', { i: id }],
      [ASSIGN, { i: id, r: reviewer.id }],
    ] as const) {
      expect(errorCodes(await as('riverside', q, v))).toEqual(['INCIDENT_NOT_FOUND']);
    }
    expect(errorCodes(await as('riverside', OPEN, breach()))).toEqual(['SCHOOL_NOT_FOUND']);
    expect(errorCodes(await as('tech', OPEN, breach({ awareAt: new Date(Date.now() + 86_400_000) })))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await as('tech', OPEN, breach({ title: ' ' })))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('tech', STATE, { i: id, s: 'REVIEWED' }))).toEqual(['INCIDENT_STATE_MOVE']);
    expect(ok(await as('tech', 'query ($i: ID!) { incident(id: $i) { state } }', { i: id })).incident.state).toBe(
      'OPEN',
    );
  });
});
