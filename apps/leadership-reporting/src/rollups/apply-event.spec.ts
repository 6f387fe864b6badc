import { EventEnvelope } from '@trustops/contracts';
import { makeResolved, makeTicketState } from '../testing/factories';
import { foldEvent } from './apply-event';
import { RollupsRepository, TicketState } from './rollups.repository';

const envelope = (type: string, payload: object): EventEnvelope => ({
  id: 'event-1',
  type,
  trustId: 'trust-a',
  source: 'support-desk',
  actorId: null,
  occurredAt: '2026-11-25T10:00:00.000Z',
  payload,
});

/** The rollups as a plain object: the fold's decisions without a database. */
function rollupsHolding(ticket: TicketState) {
  const rollups = {
    ticket: jest.fn(async () => ticket),
    bump: jest.fn(async () => undefined),
    setResolution: jest.fn(async () => undefined),
    setTicketStatus: jest.fn(async () => undefined),
    backlog: jest.fn(async () => undefined),
  };
  return { rollups, repository: rollups as unknown as RollupsRepository };
}

describe('folding a ticket resolution into the rollups', () => {
  // Resolved a day before it was due, replied to within 30 minutes: the times say met.
  const resolved = makeResolved({ ticketId: 'ticket-1', schoolId: 'school-1', at: '2026-11-25T10:00:00.000Z' });

  it("counts the desk's slaMet over what the times would say", async () => {
    const { rollups, repository } = rollupsHolding(makeTicketState());
    await foldEvent(envelope('ticket.status_changed', { ...resolved, slaMet: false }), repository);
    expect(rollups.setResolution).toHaveBeenCalledWith('ticket-1', resolved.at, false);
    expect(rollups.bump).toHaveBeenCalledWith('school-1', resolved.at, {
      tickets_resolved: 1,
      sla_met: 0,
      sla_breached: 1,
    });
    expect(rollups.backlog).toHaveBeenCalledWith('school-1', -1);
  });

  it('counts an event written before the desk sent slaMet as it always did', async () => {
    const { rollups, repository } = rollupsHolding(makeTicketState());
    await foldEvent(envelope('ticket.status_changed', resolved), repository);
    expect(rollups.setResolution).toHaveBeenCalledWith('ticket-1', resolved.at, true);
    expect(rollups.bump).toHaveBeenCalledWith('school-1', resolved.at, {
      tickets_resolved: 1,
      sla_met: 1,
      sla_breached: 0,
    });
  });

  it('takes back the counted resolution when the ticket is reopened', async () => {
    const resolvedAt = new Date('2026-11-25T10:00:00.000Z');
    const { rollups, repository } = rollupsHolding(makeTicketState({ status: 'RESOLVED', resolvedAt, met: true }));
    await foldEvent(
      envelope('ticket.status_changed', { ...resolved, from: 'RESOLVED', to: 'OPEN', at: '2026-11-26T08:00:00.000Z' }),
      repository,
    );
    expect(rollups.bump).toHaveBeenCalledTimes(1);
    expect(rollups.bump).toHaveBeenCalledWith('school-1', resolvedAt.toISOString(), {
      tickets_resolved: -1,
      sla_met: -1,
      sla_breached: 0,
    });
    expect(rollups.setResolution).toHaveBeenCalledWith('ticket-1', null, null);
    expect(rollups.backlog).toHaveBeenCalledWith('school-1', 1);
  });
});
