import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { makeTechRequestInput, newTechRequest } from '../testing/factories';
import { startChangeManagement } from '../testing/start-change-management';

const RAISE = 'mutation ($i: RaiseTechRequestInput!) { raiseTechRequest(input: $i) { id status } }';
const DECIDE =
  'mutation ($i: DecideTechRequestInput!) { decideTechRequest(input: $i) { status decision { outcome reason risks alternatives } } }';
const APPEAL =
  'mutation ($r: ID!, $n: String!) { appealTechRequest(requestId: $r, note: $n) { status appeal { note } } }';
const DECIDE_APPEAL =
  'mutation ($r: ID!, $d: TechDecision!, $n: String!) { decideAppeal(requestId: $r, decision: $d, note: $n) { status appeal { outcome decisionNote } } }';
const ONE =
  'query ($id: ID!) { techRequest(id: $id) { status decision { outcome reason alternatives } appeal { note outcome } } }';
const request = (over: Parameters<typeof makeTechRequestInput>[0] = {}) => ({ i: makeTechRequestInput(over) });
const decline = {
  decision: 'DECLINED',
  reason: 'Padlet walls are public by default and pupils post photos',
  risks: ['SAFEGUARDING', 'DATA_PROTECTION'],
  alternatives: ['Use a Microsoft Whiteboard shared in Teams'],
};

describe('tech requests: the explained no and the appeal', () => {
  const { as } = serviceUnderTest(() => startChangeManagement());

  it('declines only with reason, risk and alternative, and the teacher sees all three', async () => {
    const id = await newTechRequest(as);
    for (const missing of [{ alternatives: [] }, { reason: '' }, { risks: [] }]) {
      const res = await as('engineer', DECIDE, { i: { requestId: id, ...decline, ...missing } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toMatch(/A "no"/);
    }
    expect(ok(await as('teacher', ONE, { id })).techRequest.status).toBe('SUBMITTED'); // nothing written
    expect(ok(await as('engineer', DECIDE, { i: { requestId: id, ...decline } })).decideTechRequest.status).toBe(
      'DECLINED',
    );
    const seen = ok(await as('teacher', ONE, { id })).techRequest;
    expect(seen.decision).toEqual({ outcome: 'DECLINED', reason: decline.reason, alternatives: decline.alternatives });
    expect(errorCodes(await as('engineer', DECIDE, { i: { requestId: id, decision: 'APPROVED' } }))).toEqual([
      'REQUEST_ALREADY_DECIDED',
    ]);
  });

  it('takes one appeal to an executive, whose approval puts the app on the register', async () => {
    const id = await newTechRequest(as, {
      title: 'Book Creator',
      appName: 'Book Creator',
      vendor: 'Tools for Schools',
    });
    ok(await as('engineer', DECIDE, { i: { requestId: id, ...decline } }));
    expect(errorCodes(await as('ceo', APPEAL, { r: id, n: 'Not mine' }))).toEqual(['FORBIDDEN']);
    expect(
      ok(await as('teacher', APPEAL, { r: id, n: 'We would use teacher-only sharing, no photos' })).appealTechRequest
        .status,
    ).toBe('APPEALED');
    expect(errorCodes(await as('teacher', APPEAL, { r: id, n: 'Again' }))).toEqual(['REQUEST_ALREADY_APPEALED']);
    expect(errorCodes(await as('engineer', DECIDE_APPEAL, { r: id, d: 'APPROVED', n: 'x' }))).toEqual(['FORBIDDEN']);
    const decided = ok(
      await as('ceo', DECIDE_APPEAL, {
        r: id,
        d: 'APPROVED_WITH_CONDITIONS',
        n: 'Yes, with teacher-only sharing as proposed',
      }),
    ).decideAppeal;
    expect(decided).toEqual({
      status: 'APPROVED_WITH_CONDITIONS',
      appeal: { outcome: 'APPROVED_WITH_CONDITIONS', decisionNote: 'Yes, with teacher-only sharing as proposed' },
    });
    const register = ok(await as('teacher', '{ approvedApps(text: "book") { name dpiaStatus } }')).approvedApps;
    expect(register).toEqual([{ name: 'Book Creator', dpiaStatus: 'NOT_STARTED' }]);
  });

  it('lets staff search the register before asking', async () => {
    const apps = ok(await as('teacher', '{ approvedApps(text: "quiz") { name vendor dpiaStatus } }')).approvedApps;
    expect(apps).toEqual([{ name: 'Microsoft Forms', vendor: 'Microsoft', dpiaStatus: 'APPROVED' }]);
  });

  it('searches the register for wildcards as plain text, and refuses a NUL byte as BAD_USER_INPUT', async () => {
    // The seeded register, whatever other tests have added to it.
    const all = ok(await as('teacher', '{ approvedApps { name } }')).approvedApps.map((a: { name: string }) => a.name);
    expect(all).toEqual(expect.arrayContaining(['Google Classroom', 'Microsoft Forms', 'Purple Mash', 'Seesaw']));
    for (const text of ['%', '_', '%_%'])
      expect(
        ok(await as('teacher', 'query ($t: String) { approvedApps(text: $t) { name } }', { t: text })).approvedApps,
      ).toEqual([]);
    const nul = await as('teacher', 'query ($t: String) { approvedApps(text: $t) { name } }', { t: 'quiz\u0000' });
    expect(nul.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('keeps requests to their trust and their requester', async () => {
    const id = await newTechRequest(as, { title: 'Trust-private request' });
    expect(ok(await as('riverside', ONE, { id })).techRequest).toBeNull();
    expect(ok(await as('riverside', '{ techRequests { id } }')).techRequests).toEqual([]);
    expect(errorCodes(await as('riverside', DECIDE, { i: { requestId: id, decision: 'APPROVED' } }))).toEqual([
      'REQUEST_NOT_FOUND',
    ]);
    expect(errorCodes(await as('riverside', APPEAL, { r: id, n: 'x' }))).toEqual(['REQUEST_NOT_FOUND']);
    expect(errorCodes(await as('riverside', RAISE, request()))).toEqual(['SCHOOL_NOT_FOUND']);
    expect(ok(await as('riverside', '{ approvedApps { name } }')).approvedApps).toEqual([]);
    expect(errorCodes(await as('teacher', DECIDE, { i: { requestId: id, decision: 'APPROVED' } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await as('reviewer', '{ techRequests { id } }'))).toEqual(['FORBIDDEN']);
    expect(ok(await as('teacher', ONE, { id })).techRequest.status).toBe('SUBMITTED');
  });

  it.each([
    {
      title: 'an unknown request',
      who: 'engineer' as const,
      q: DECIDE,
      v: { i: { requestId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVED' } },
      code: 'REQUEST_NOT_FOUND',
    },
    { title: 'a malformed id', who: 'teacher' as const, q: APPEAL, v: { r: 'nope', n: 'x' }, code: 'BAD_USER_INPUT' },
    { title: 'an empty goal', who: 'teacher' as const, q: RAISE, v: request({ goal: '  ' }), code: 'BAD_USER_INPUT' },
  ])('refuses $title', async ({ who, q, v, code }) => {
    expect(errorCodes(await as(who, q, v))).toEqual([code]);
  });
});
