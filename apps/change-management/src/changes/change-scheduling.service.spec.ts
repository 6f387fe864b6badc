import { CalendarEvent, schoolCalendar } from '@trustops/school-calendar';
import { FixedClock } from '@trustops/service-kit/testing';
import { makeActor, makeChangeRow } from '../testing/factories';
import { ChangeSchedulingService } from './change-scheduling.service';
import { changesWithoutDatabase } from '../testing/changes-without-database';

// Oak's spring term starts Tuesday 5 January 2027: Thursday 31 December and Monday 4 January are its term-start
// freeze (1 January is a bank holiday).
const oak = schoolCalendar([
  { kind: 'TERM', title: 'Spring term', startsOn: '2027-01-05', endsOn: '2027-02-12' },
  { kind: 'BANK_HOLIDAY', title: "New Year's Day", startsOn: '2027-01-01', endsOn: '2027-01-01' },
] satisfies CalendarEvent[]);
const start = new Date('2027-01-04T16:00:00Z');
const end = new Date('2027-01-04T18:00:00Z');
const engineer = makeActor({ userId: 'engineer', role: 'ENGINEER' });

function setUp(consented: boolean) {
  const change = makeChangeRow({ status: 'APPROVED', classroomImpact: true, schoolIds: ['oak'] });
  const consents = consented ? [{ schoolId: 'oak', consentedBy: 'teacher', consentedAt: new Date() }] : [];
  const copies = {
    requireSchools: async () => [{ id: 'oak', name: 'Oak Primary', phase: 'PRIMARY', closedAt: null }],
    calendarFor: async () => oak,
  };
  const world = changesWithoutDatabase([change], new FixedClock('2026-12-02T10:00:00Z'), copies, consents);
  const scheduling = new ChangeSchedulingService(world.repository, world.copies, world.events, world.changes);
  return { ...world, change, scheduling };
}

describe('ChangeSchedulingService.schedule', () => {
  it('refuses a classroom change the day before term with the school, the freeze and the next free window', async () => {
    const { scheduling, change, moves } = setUp(false);
    await expect(scheduling.schedule(engineer, change.id, start, end)).rejects.toMatchObject({
      code: 'CHANGE_FREEZE',
      category: 'CONFLICT',
      message: expect.stringMatching(/^Oak Primary is in a change freeze \(Last two working days before Spring term/),
      details: {
        blocks: [
          { schoolId: 'oak', schoolName: 'Oak Primary', freeze: expect.objectContaining({ kind: 'TERM_START' }) },
        ],
        nextFreeWindow: { start: '2027-01-05T16:00:00.000Z', end: '2027-01-05T18:00:00.000Z' },
      },
    });
    expect(moves).toEqual([]);
  });

  it("schedules it once the school's educator lead has consented, and emits change.scheduled", async () => {
    const { scheduling, change, emitted } = setUp(true);
    expect(await scheduling.schedule(engineer, change.id, start, end)).toMatchObject({
      status: 'SCHEDULED',
      scheduledStart: start,
      scheduledBy: 'engineer',
    });
    expect(emitted.map((e) => e.type)).toEqual(['change.scheduled']);
    expect(emitted[0].payload).toMatchObject({ consentedSchoolIds: ['oak'], start: start.toISOString() });
  });
});
