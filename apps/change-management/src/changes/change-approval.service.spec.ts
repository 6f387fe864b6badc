import { FixedClock } from '@trustops/service-kit/testing';
import { makeActor, makeChangeRow } from '../testing/factories';
import { ChangeApprovalService } from './change-approval.service';
import { changesWithoutDatabase } from '../testing/changes-without-database';

const NOW = '2026-12-02T10:00:00.000Z';
const engineer = makeActor({ userId: 'engineer', role: 'ENGINEER' });
const director = makeActor({ userId: 'director', role: 'IT_DIRECTOR' });

function setUp(...rows: ReturnType<typeof makeChangeRow>[]) {
  const clock = new FixedClock(NOW);
  const world = changesWithoutDatabase(rows, clock);
  return { ...world, approval: new ChangeApprovalService(world.changes, clock) };
}

describe('ChangeApprovalService.decide', () => {
  it("approves an engineer's low-risk decision at the clock's time and emits change.approved", async () => {
    const change = makeChangeRow({ risk: 'LOW' });
    const { approval, moves, emitted } = setUp(change);

    const approved = await approval.decide(engineer, change.id, true, '  Go ahead  ');

    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: 'engineer', decisionComment: 'Go ahead' });
    expect(moves).toEqual([
      {
        id: change.id,
        status: 'APPROVED',
        columns: { decided_by: 'engineer', decided_at: new Date(NOW), decision_comment: 'Go ahead' },
      },
    ]);
    expect(emitted).toEqual([
      { type: 'change.approved', payload: expect.objectContaining({ changeId: change.id, status: 'APPROVED' }) },
    ]);
  });

  it('rejects with the reason given, and emits change.rejected', async () => {
    const change = makeChangeRow({ risk: 'HIGH' });
    const { approval, emitted } = setUp(change);
    expect(await approval.decide(director, change.id, false, 'Not in exam season')).toMatchObject({
      status: 'REJECTED',
      decisionComment: 'Not in exam season',
    });
    expect(emitted.map((e) => e.type)).toEqual(['change.rejected']);
  });

  it.each([
    {
      title: 'their own change, as SELF_APPROVAL',
      actor: engineer,
      change: { createdBy: 'engineer' },
      expected: { code: 'SELF_APPROVAL', category: 'FORBIDDEN' },
    },
    {
      title: 'an engineer a medium-risk change, as CHANGE_NEEDS_DIRECTOR',
      actor: engineer,
      change: { risk: 'MEDIUM' as const },
      expected: { code: 'CHANGE_NEEDS_DIRECTOR', category: 'FORBIDDEN' },
    },
    {
      title: 'a technician, as FORBIDDEN',
      actor: makeActor({ role: 'TECHNICIAN' }),
      change: {},
      expected: { code: 'FORBIDDEN', category: 'FORBIDDEN' },
    },
    {
      title: 'a change not yet submitted, as CHANGE_STATUS_MOVE',
      actor: director,
      change: { status: 'DRAFT' as const },
      expected: { code: 'CHANGE_STATUS_MOVE', category: 'CONFLICT' },
    },
  ])('refuses $title, writing and emitting nothing', async ({ actor, change, expected }) => {
    const row = makeChangeRow(change);
    const { approval, moves, emitted, audited } = setUp(row);
    await expect(approval.decide(actor, row.id, true, null)).rejects.toMatchObject(expected);
    expect({ moves, emitted, audited }).toEqual({ moves: [], emitted: [], audited: [] });
  });

  it('refuses a rejection without a reason as BAD_USER_INPUT on the comment', async () => {
    const change = makeChangeRow();
    const { approval, moves } = setUp(change);
    await expect(approval.decide(director, change.id, false, '   ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'comment', min: 1, max: 5000 },
    });
    expect(moves).toEqual([]);
  });

  it('refuses a change it cannot see as CHANGE_NOT_FOUND', async () => {
    const { approval } = setUp();
    await expect(approval.decide(director, 'missing', true, null)).rejects.toMatchObject({
      code: 'CHANGE_NOT_FOUND',
      category: 'NOT_FOUND',
      details: { changeId: 'missing' },
    });
  });
});
