import { demoId, demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { startChangeManagement } from './testing/start-change-management';

const oakfield = NORTHSTAR.schools[0];
const ids = {
  request: demoId('request', 'kahoot'),
  change: demoId('change', 'oak-wifi'),
  incident: demoId('incident', 'oak-filtering'),
  app: demoId('app', 'Seesaw'),
  user: demoUser('reviewer@independent.example').id,
};

/** Every query and mutation of change management, as another trust's IT director, against Northstar's demo rows. */
const ATTEMPTS: [string, string, Record<string, unknown>, string | null][] = [
  ['techRequest', 'query ($id: ID!) { techRequest(id: $id) { id } }', { id: ids.request }, null],
  [
    'decideTechRequest',
    'mutation ($id: ID!) { decideTechRequest(input: { requestId: $id, decision: APPROVED }) { id } }',
    { id: ids.request },
    'REQUEST_NOT_FOUND',
  ],
  [
    'appealTechRequest',
    'mutation ($id: ID!) { appealTechRequest(requestId: $id, note: "x") { id } }',
    { id: ids.request },
    'REQUEST_NOT_FOUND',
  ],
  [
    'setAppDpiaStatus',
    'mutation ($id: ID!) { setAppDpiaStatus(appId: $id, status: APPROVED) { id } }',
    { id: ids.app },
    'APP_NOT_FOUND',
  ],
  ['change', 'query ($id: ID!) { change(id: $id) { id } }', { id: ids.change }, null],
  [
    'approveChange',
    'mutation ($id: ID!) { approveChange(changeId: $id) { id } }',
    { id: ids.change },
    'CHANGE_NOT_FOUND',
  ],
  [
    'rejectChange',
    'mutation ($id: ID!) { rejectChange(changeId: $id, comment: "no") { id } }',
    { id: ids.change },
    'CHANGE_NOT_FOUND',
  ],
  [
    'submitChange',
    'mutation ($id: ID!) { submitChange(changeId: $id) { id } }',
    { id: ids.change },
    'CHANGE_NOT_FOUND',
  ],
  [
    'completeChange',
    'mutation ($id: ID!) { completeChange(changeId: $id, outcome: DONE) { id } }',
    { id: ids.change },
    'CHANGE_NOT_FOUND',
  ],
  ['incident', 'query ($id: ID!) { incident(id: $id) { id } }', { id: ids.incident }, null],
  [
    'setIncidentState',
    'mutation ($id: ID!) { setIncidentState(incidentId: $id, state: REVIEWED) { id } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'recordIcoNotification',
    'mutation ($id: ID!) { recordIcoNotification(incidentId: $id) { id } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'linkIncident',
    'mutation ($id: ID!) { linkIncident(incidentId: $id, changeIds: []) { id } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'assignReviewer',
    'mutation ($id: ID!, $u: ID!) { assignReviewer(incidentId: $id, reviewerId: $u) { id } }',
    { id: ids.incident, u: ids.user },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'reviewerCandidates',
    'query ($id: ID!) { reviewerCandidates(incidentId: $id) { displayName } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'publishReview',
    'mutation ($id: ID!) { publishReview(input: { incidentId: $id, findings: "x" }) { findings } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
  [
    'addTimelineEntry',
    'mutation ($id: ID!) { addTimelineEntry(incidentId: $id, body: "x") { id } }',
    { id: ids.incident },
    'INCIDENT_NOT_FOUND',
  ],
];

describe('another trust, against every query and mutation', () => {
  const { as } = serviceUnderTest(() => startChangeManagement());

  it.each(ATTEMPTS)('%s: Riverside reads nothing and changes nothing', async (_name, query, variables, code) => {
    const res = await as('riverside', query, variables);
    if (code) expect(errorCodes(res)).toEqual([code]);
    else expect(Object.values(ok(res))).toEqual([null]);
  });

  it("leaves Northstar's rows as they were, and lists none of them to Riverside", async () => {
    const mine = await as(
      'director',
      'query ($r: ID!, $c: ID!, $i: ID!) { techRequest(id: $r) { status } change(id: $c) { status } incident(id: $i) { state reviewer { id } } approvedApps(text: "Seesaw") { dpiaStatus } }',
      { r: ids.request, c: ids.change, i: ids.incident },
    );
    expect(ok(mine)).toEqual({
      techRequest: { status: 'SUBMITTED' },
      change: { status: 'SUBMITTED' },
      incident: { state: 'RESOLVED', reviewer: null },
      approvedApps: [{ dpiaStatus: 'IN_PROGRESS' }],
    });
    const theirs = await as(
      'riverside',
      'query ($f: Date!, $t: Date!) { techRequests { id } changes { id } incidents { id } approvedApps { id } publishedReviews { review { findings } } changeCalendar(from: $f, to: $t) { school { id } } }',
      { f: '2026-12-01', t: '2026-12-31' },
    );
    expect(ok(theirs)).toEqual({
      techRequests: [],
      changes: [],
      incidents: [],
      approvedApps: [],
      publishedReviews: [],
      changeCalendar: expect.any(Array),
    });
    // Riverside's calendar is Riverside's schools, and none of Northstar's.
    expect(
      ok(theirs)
        .changeCalendar.map((r: { school: { id: string } }) => r.school.id)
        .sort(),
    ).toEqual(RIVERSIDE.schools.map((s) => s.id).sort());
    expect(
      errorCodes(
        await as('riverside', 'mutation ($c: ID!, $s: ID!) { consentToChange(changeId: $c, schoolId: $s) { id } }', {
          c: ids.change,
          s: oakfield.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
