import { demoUser, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok, serviceUnderTest } from '@trustops/testing';
import { makeChangeInput, newChange } from '../testing/factories';
import { startChangeManagement } from '../testing/start-change-management';

const [oakfield, beechHill] = NORTHSTAR.schools;
const CREATE = 'mutation ($i: CreateChangeInput!) { createChange(input: $i) { id status } }';
const SUBMIT = 'mutation ($c: ID!) { submitChange(changeId: $c) { id } }';
const APPROVE = 'mutation ($c: ID!) { approveChange(changeId: $c) { id } }';
const SCHEDULE =
  'mutation ($c: ID!, $s: DateTime!, $e: DateTime!) { scheduleChange(changeId: $c, start: $s, end: $e) { status scheduledStart scheduledBy { id } } }';
const STATUS = 'query ($c: ID!) { change(id: $c) { status } }';
const today = new Date().toISOString().slice(0, 10);
const inAYear = new Date(Date.now() + 360 * 86_400_000).toISOString().slice(0, 10);

describe('changes, freezes and educator consent', () => {
  const { as } = serviceUnderTest(() => startChangeManagement());
  /** A change the engineer raised and the director approved. */
  const approved = async (over: Parameters<typeof newChange>[1] = {}) => {
    const id = await newChange(as, over);
    ok(await as('engineer', SUBMIT, { c: id }));
    const decided = ok(
      await as('director', 'mutation ($c: ID!) { approveChange(changeId: $c, comment: "Go") { status } }', { c: id }),
    );
    expect(decided.approveChange.status).toBe('APPROVED');
    return id;
  };
  /** 16:00–18:00 London on the last working day before the next term starts at Oakfield. */
  const beforeTerm = async () => {
    const { freezes } = ok(
      await as(
        'engineer',
        'query ($s: ID!, $f: Date!, $t: Date!) { freezes(schoolId: $s, from: $f, to: $t) { kind startsOn endsOn } }',
        { s: oakfield.id, f: today, t: inAYear },
      ),
    );
    const freeze = freezes.find(
      (f: { kind: string; startsOn: string }) => f.kind === 'TERM_START' && f.startsOn > today,
    );
    return {
      day: freeze.endsOn as string,
      start: new Date(`${freeze.endsOn}T16:00:00Z`),
      end: new Date(`${freeze.endsOn}T18:00:00Z`),
    };
  };

  it('refuses a classroom change the day before term, offers the next free window, and takes it once the educator consents', async () => {
    const id = await approved();
    const { day, start, end } = await beforeTerm();
    const refused = await as('engineer', SCHEDULE, { c: id, s: start, e: end });
    expect(errorCodes(refused)).toEqual(['CHANGE_FREEZE']);
    expect(refused.errors![0].message).toMatch(
      new RegExp(`${oakfield.name} is in a change freeze \\(Last two working days before .+\\)`),
    );
    const ext = refused.errors![0].extensions as { blocks: { schoolId: string }[]; nextFreeWindow: { start: string } };
    expect(ext.blocks[0]).toMatchObject({ schoolId: oakfield.id, freeze: { kind: 'TERM_START', endsOn: day } });
    expect(new Date(ext.nextFreeWindow.start) > end).toBe(true);
    expect(ok(await as('engineer', STATUS, { c: id })).change.status).toBe('APPROVED');

    // The CEO is not Oakfield's educator lead; the teacher is.
    expect(
      errorCodes(
        await as('ceo', 'mutation ($c: ID!, $s: ID!) { consentToChange(changeId: $c, schoolId: $s) { id } }', {
          c: id,
          s: oakfield.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const consent = ok(
      await as(
        'teacher',
        'mutation ($c: ID!, $s: ID!) { consentToChange(changeId: $c, schoolId: $s) { consents { school { id } consentedBy { id } } } }',
        { c: id, s: oakfield.id },
      ),
    );
    expect(consent.consentToChange.consents).toEqual([
      { school: { id: oakfield.id }, consentedBy: { id: demoUser('teacher@northstar.example').id } },
    ]);
    const scheduled = ok(await as('engineer', SCHEDULE, { c: id, s: start, e: end })).scheduleChange;
    expect(scheduled).toEqual({
      status: 'SCHEDULED',
      scheduledStart: start.toISOString(),
      scheduledBy: { id: demoUser('engineer@northstar.example').id },
    });
  });

  it('lets a change without classroom impact through a freeze', async () => {
    const id = await approved({ classroomImpact: false, title: 'Rotate the server room UPS batteries' });
    const { start, end } = await beforeTerm();
    expect(ok(await as('engineer', SCHEDULE, { c: id, s: start, e: end })).scheduleChange.status).toBe('SCHEDULED');
  });

  it('holds the approval rules: nobody approves their own, medium risk needs the director', async () => {
    const own = await newChange(as, { title: 'Own change' });
    ok(await as('engineer', SUBMIT, { c: own }));
    expect(errorCodes(await as('engineer', APPROVE, { c: own }))).toEqual(['SELF_APPROVAL']);
    const medium = await newChange(as, { title: 'Medium change', risk: 'MEDIUM' }, 'tech');
    ok(await as('tech', SUBMIT, { c: medium }));
    expect(errorCodes(await as('engineer', APPROVE, { c: medium }))).toEqual(['CHANGE_NEEDS_DIRECTOR']);
    expect(
      errorCodes(
        await as('director', 'mutation ($c: ID!) { rejectChange(changeId: $c, comment: " ") { id } }', { c: medium }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const rejected = ok(
      await as('director', 'mutation ($c: ID!) { rejectChange(changeId: $c, comment: "Not this term") { status } }', {
        c: medium,
      }),
    );
    expect(rejected.rejectChange.status).toBe('REJECTED');
  });

  it('refuses an end before the start and scheduling an unapproved change, writing nothing', async () => {
    const id = await approved({ title: 'Window checks' });
    const s = new Date(Date.now() + 86_400_000);
    expect(errorCodes(await as('engineer', SCHEDULE, { c: id, s, e: new Date(s.getTime() - 60_000) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const draft = await newChange(as, { title: 'Still a draft' });
    expect(errorCodes(await as('engineer', SCHEDULE, { c: draft, s, e: new Date(s.getTime() + 3_600_000) }))).toEqual([
      'CHANGE_STATUS_MOVE',
    ]);
    expect(
      ok(await as('engineer', 'query ($c: ID!) { change(id: $c) { status scheduledStart } }', { c: id })).change,
    ).toEqual({ status: 'APPROVED', scheduledStart: null });
  });

  it('shows each school its freezes and changes on the change calendar', async () => {
    // Its own change, booked outside any freeze (no classroom impact), so the test needs no other test's data.
    const title = 'Patch the Oakfield firewall';
    const id = await approved({ title, classroomImpact: false });
    const { start, end } = await beforeTerm();
    ok(await as('engineer', SCHEDULE, { c: id, s: start, e: end }));

    const rows = ok(
      await as(
        'director',
        'query ($f: Date!, $t: Date!) { changeCalendar(from: $f, to: $t) { school { id } freezes { kind } changes { title } } }',
        { f: today, t: inAYear },
      ),
    ).changeCalendar;
    expect(rows.map((r: { school: { id: string } }) => r.school.id).sort()).toEqual(
      NORTHSTAR.schools.map((s) => s.id).sort(),
    );
    const oak = rows.find((r: { school: { id: string } }) => r.school.id === oakfield.id);
    expect(oak.freezes.map((f: { kind: string }) => f.kind)).toContain('TERM_START');
    expect(oak.changes.map((c: { title: string }) => c.title)).toContain(title);
    const beech = rows.find((r: { school: { id: string } }) => r.school.id === beechHill.id);
    expect(beech.changes.map((c: { title: string }) => c.title)).not.toContain(title);
    expect(
      errorCodes(
        await as('director', 'query ($f: Date!, $t: Date!) { changeCalendar(from: $f, to: $t) { school { id } } }', {
          f: inAYear,
          t: today,
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it("keeps changes to their trust and the technician's schools", async () => {
    const id = await approved({ title: 'Oakfield only change' });
    expect(ok(await as('riverside', 'query ($c: ID!) { change(id: $c) { id } }', { c: id })).change).toBeNull();
    expect(ok(await as('scoped', 'query ($c: ID!) { change(id: $c) { id } }', { c: id })).change).toBeNull();
    for (const [q, v] of [
      [SUBMIT, { c: id }],
      [APPROVE, { c: id }],
      [SCHEDULE, { c: id, s: new Date(), e: new Date(Date.now() + 3_600_000) }],
    ] as const) {
      expect(errorCodes(await as('riverside', q, v))).toEqual(['CHANGE_NOT_FOUND']);
    }
    expect(errorCodes(await as('riverside', CREATE, { i: makeChangeInput() }))).toEqual(['SCHOOL_NOT_FOUND']);
    expect(
      errorCodes(await as('scoped', CREATE, { i: makeChangeInput({ schoolIds: [beechHill.id, oakfield.id] }) })),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    expect(
      errorCodes(
        await as(
          'riverside',
          'query ($s: ID!, $f: Date!, $t: Date!) { freezes(schoolId: $s, from: $f, to: $t) { kind } }',
          { s: oakfield.id, f: today, t: inAYear },
        ),
      ),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    const theirs = ok(await as('riverside', '{ changes { id } }')).changes.map((c: { id: string }) => c.id);
    expect(theirs).not.toContain(id);
    expect(errorCodes(await as('teacher', CREATE, { i: makeChangeInput() }))).toEqual(['FORBIDDEN']);
  });
});
