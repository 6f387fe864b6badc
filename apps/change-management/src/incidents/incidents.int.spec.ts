import { demoUser, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, eventually, serviceUnderTest } from '@trustops/testing';
import { Client } from 'pg';
import { startChangeManagement } from '../testing/start-change-management';

const oakfield = NORTHSTAR.schools[0];
const OPEN =
  'mutation ($i: OpenIncidentInput!) { openIncident(input: $i) { id reviewRequired icoDeadline state awareAt } }';
const STATE = 'mutation ($i: ID!, $s: IncidentState!) { setIncidentState(incidentId: $i, state: $s) { state } }';
const ASSIGN = 'mutation ($i: ID!, $r: ID!) { assignReviewer(incidentId: $i, reviewerId: $r) { reviewer { id } } }';
const PUBLISH = 'mutation ($i: PublishReviewInput!) { publishReview(input: $i) { findings actions { title status } } }';
const reviewer = demoUser('reviewer@independent.example');
const breach = (over: Record<string, unknown> = {}) => ({
  i: {
    title: 'Staff spreadsheet emailed to a parent',
    type: 'DATA_BREACH',
    severity: 'SEV3',
    schoolIds: [oakfield.id],
    awareAt: '2026-10-24T09:00:00Z',
    ...over,
  },
});

describe('incidents, the ICO clock and the independent review', () => {
  const { as, ctx } = serviceUnderTest(() => startChangeManagement({ INCIDENT_WATCH_EVERY_MS: '250' }));

  it('requires a review of a breach and sets the ICO deadline 72 hours after awareness', async () => {
    const opened = (await as('tech', OPEN, breach())).data!.openIncident;
    expect(opened).toMatchObject({ reviewRequired: true, state: 'OPEN', icoDeadline: '2026-10-27T09:00:00.000Z' });
    const outage = (await as('tech', OPEN, breach({ type: 'OUTAGE', severity: 'SEV4', awareAt: null }))).data!
      .openIncident;
    expect(outage).toMatchObject({ reviewRequired: false, icoDeadline: null });
  });

  it('refuses a reviewer who worked the incident, and closes it only after the review is published', async () => {
    const id = (
      await as(
        'engineer',
        OPEN,
        breach({ title: 'Phishing led to a mailbox compromise', type: 'SECURITY', severity: 'SEV2' }),
      )
    ).data!.openIncident.id;
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
    expect((await as('director', ASSIGN, { i: id, r: reviewer.id })).data!.assignReviewer.reviewer.id).toBe(
      reviewer.id,
    );

    // The reviewer sees this incident and nothing else.
    const mine = (await as('reviewer', '{ incidents { id title timeline { body } } }')).data!.incidents;
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
    expect((await as('reviewer', PUBLISH, { i: review })).data!.publishReview).toEqual({
      findings: review.findings,
      actions: [{ title: 'Enforce MFA for all staff', status: 'OPEN' }],
    });
    expect(errorCodes(await as('reviewer', PUBLISH, { i: review }))).toEqual(['REVIEW_ALREADY_PUBLISHED']);
    expect((await as('engineer', STATE, { i: id, s: 'REVIEWED' })).data!.setIncidentState.state).toBe('REVIEWED');

    const published = (await as('governor', '{ publishedReviews { incident { id } review { findings } } }')).data!
      .publishedReviews;
    expect(published).toEqual([{ incident: { id }, review: { findings: review.findings } }]);
    expect(errorCodes(await as('governor', '{ incidents { id } }'))).toEqual(['FORBIDDEN']);
  });

  it('warns at 48 hours into a breach the ICO has not been told of, once', async () => {
    const now = Date.now();
    const id = (
      await as('tech', OPEN, breach({ title: 'Laptop with pupil data lost', awareAt: new Date(now - 49 * 3_600_000) }))
    ).data!.openIncident.id;
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
    const notified = await as(
      'tech',
      'mutation ($i: ID!) { recordIcoNotification(incidentId: $i) { icoNotifiedAt } }',
      { i: id },
    );
    expect(notified.data!.recordIcoNotification.icoNotifiedAt).not.toBeNull();
  });

  it('keeps incidents to their trust, and refuses bad input', async () => {
    const id = (await as('tech', OPEN, breach({ title: 'Trust-only incident' }))).data!.openIncident.id;
    expect((await as('riverside', 'query ($i: ID!) { incident(id: $i) { id } }', { i: id })).data!.incident).toBeNull();
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
    expect((await as('tech', 'query ($i: ID!) { incident(id: $i) { state } }', { i: id })).data!.incident.state).toBe(
      'OPEN',
    );
  });
});
