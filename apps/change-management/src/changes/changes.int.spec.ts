import { demoUser, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, serviceUnderTest } from '@trustops/testing';
import { startChangeManagement } from '../testing/start-change-management';

const [oakfield, beechHill] = NORTHSTAR.schools;
const CREATE = 'mutation ($i: CreateChangeInput!) { createChange(input: $i) { id status } }';
const SCHEDULE =
  'mutation ($c: ID!, $s: DateTime!, $e: DateTime!) { scheduleChange(changeId: $c, start: $s, end: $e) { status scheduledStart scheduledBy { id } } }';
const change = (over: Record<string, unknown> = {}) => ({
  i: {
    title: 'Upgrade classroom panel firmware',
    schoolIds: [oakfield.id],
    classroomImpact: true,
    risk: 'LOW',
    plan: 'Push firmware from the console after school',
    backoutPlan: 'Roll back to the previous image',
    ...over,
  },
});
const today = new Date().toISOString().slice(0, 10);
const inAYear = new Date(Date.now() + 360 * 86_400_000).toISOString().slice(0, 10);

describe('changes, freezes and educator consent', () => {
  const { as } = serviceUnderTest(() => startChangeManagement());
  const approved = async (over: Record<string, unknown> = {}) => {
    const id = (await as('engineer', CREATE, change(over))).data!.createChange.id;
    await as('engineer', 'mutation ($c: ID!) { submitChange(changeId: $c) { id } }', { c: id });
    const ok = await as('director', 'mutation ($c: ID!) { approveChange(changeId: $c, comment: "Go") { status } }', {
      c: id,
    });
    expect(ok.data!.approveChange.status).toBe('APPROVED');
    return id as string;
  };
  /** 16:00–18:00 London on the last working day before the next term starts at Oakfield. */
  const beforeTerm = async () => {
    const freezes = (
      await as(
        'engineer',
        'query ($s: ID!, $f: Date!, $t: Date!) { freezes(schoolId: $s, from: $f, to: $t) { kind startsOn endsOn } }',
        { s: oakfield.id, f: today, t: inAYear },
      )
    ).data!.freezes;
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
    expect((await as('engineer', 'query ($c: ID!) { change(id: $c) { status } }', { c: id })).data!.change.status).toBe(
      'APPROVED',
    );

    // The CEO is not Oakfield's educator lead; the teacher is.
    expect(
      errorCodes(
        await as('ceo', 'mutation ($c: ID!, $s: ID!) { consentToChange(changeId: $c, schoolId: $s) { id } }', {
          c: id,
          s: oakfield.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const consent = await as(
      'teacher',
      'mutation ($c: ID!, $s: ID!) { consentToChange(changeId: $c, schoolId: $s) { consents { school { id } consentedBy { id } } } }',
      { c: id, s: oakfield.id },
    );
    expect(consent.data!.consentToChange.consents).toEqual([
      { school: { id: oakfield.id }, consentedBy: { id: demoUser('teacher@northstar.example').id } },
    ]);
    const scheduled = (await as('engineer', SCHEDULE, { c: id, s: start, e: end })).data!.scheduleChange;
    expect(scheduled).toEqual({
      status: 'SCHEDULED',
      scheduledStart: start.toISOString(),
      scheduledBy: { id: demoUser('engineer@northstar.example').id },
    });
  });

  it('lets a change without classroom impact through a freeze', async () => {
    const id = await approved({ classroomImpact: false, title: 'Rotate the server room UPS batteries' });
    const { start, end } = await beforeTerm();
    expect((await as('engineer', SCHEDULE, { c: id, s: start, e: end })).data!.scheduleChange.status).toBe('SCHEDULED');
  });

  it('holds the approval rules: nobody approves their own, medium risk needs the director', async () => {
    const own = (await as('engineer', CREATE, change({ title: 'Own change' }))).data!.createChange.id;
    await as('engineer', 'mutation ($c: ID!) { submitChange(changeId: $c) { id } }', { c: own });
    expect(
      errorCodes(await as('engineer', 'mutation ($c: ID!) { approveChange(changeId: $c) { id } }', { c: own })),
    ).toEqual(['SELF_APPROVAL']);
    const medium = (await as('tech', CREATE, change({ title: 'Medium change', risk: 'MEDIUM' }))).data!.createChange.id;
    await as('tech', 'mutation ($c: ID!) { submitChange(changeId: $c) { id } }', { c: medium });
    expect(
      errorCodes(await as('engineer', 'mutation ($c: ID!) { approveChange(changeId: $c) { id } }', { c: medium })),
    ).toEqual(['CHANGE_NEEDS_DIRECTOR']);
    expect(
      errorCodes(
        await as('director', 'mutation ($c: ID!) { rejectChange(changeId: $c, comment: " ") { id } }', { c: medium }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      (
        await as('director', 'mutation ($c: ID!) { rejectChange(changeId: $c, comment: "Not this term") { status } }', {
          c: medium,
        })
      ).data!.rejectChange.status,
    ).toBe('REJECTED');
  });

  it('refuses an end before the start and scheduling an unapproved change, writing nothing', async () => {
    const id = await approved({ title: 'Window checks' });
    const s = new Date(Date.now() + 86_400_000);
    expect(errorCodes(await as('engineer', SCHEDULE, { c: id, s, e: new Date(s.getTime() - 60_000) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const draft = (await as('engineer', CREATE, change({ title: 'Still a draft' }))).data!.createChange.id;
    expect(errorCodes(await as('engineer', SCHEDULE, { c: draft, s, e: new Date(s.getTime() + 3_600_000) }))).toEqual([
      'CHANGE_STATUS_MOVE',
    ]);
    expect(
      (await as('engineer', 'query ($c: ID!) { change(id: $c) { status scheduledStart } }', { c: id })).data!.change,
    ).toEqual({ status: 'APPROVED', scheduledStart: null });
  });

  it('shows each school its freezes and changes on the change calendar', async () => {
    const rows = (
      await as(
        'director',
        'query ($f: Date!, $t: Date!) { changeCalendar(from: $f, to: $t) { school { id } freezes { kind } changes { title } } }',
        { f: today, t: inAYear },
      )
    ).data!.changeCalendar;
    expect(rows).toHaveLength(12);
    const oak = rows.find((r: { school: { id: string } }) => r.school.id === oakfield.id);
    expect(oak.freezes.map((f: { kind: string }) => f.kind)).toContain('TERM_START');
    expect(oak.changes.map((c: { title: string }) => c.title)).toContain('Upgrade classroom panel firmware');
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
    expect((await as('riverside', 'query ($c: ID!) { change(id: $c) { id } }', { c: id })).data!.change).toBeNull();
    expect((await as('scoped', 'query ($c: ID!) { change(id: $c) { id } }', { c: id })).data!.change).toBeNull();
    for (const [q, v] of [
      ['mutation ($c: ID!) { submitChange(changeId: $c) { id } }', { c: id }],
      ['mutation ($c: ID!) { approveChange(changeId: $c) { id } }', { c: id }],
      [SCHEDULE, { c: id, s: new Date(), e: new Date(Date.now() + 3_600_000) }],
    ] as const) {
      expect(errorCodes(await as('riverside', q, v))).toEqual(['CHANGE_NOT_FOUND']);
    }
    expect(errorCodes(await as('riverside', CREATE, change()))).toEqual(['SCHOOL_NOT_FOUND']);
    expect(errorCodes(await as('scoped', CREATE, change({ schoolIds: [beechHill.id, oakfield.id] })))).toEqual([
      'SCHOOL_NOT_FOUND',
    ]);
    expect(
      errorCodes(
        await as(
          'riverside',
          'query ($s: ID!, $f: Date!, $t: Date!) { freezes(schoolId: $s, from: $f, to: $t) { kind } }',
          { s: oakfield.id, f: today, t: inAYear },
        ),
      ),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    expect((await as('riverside', '{ changes { id } }')).data!.changes.every((c: { id: string }) => c.id !== id)).toBe(
      true,
    );
    expect(errorCodes(await as('teacher', CREATE, change()))).toEqual(['FORBIDDEN']);
  });
});
