import type { AuditService, OutboxService } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import type { SchoolsService } from '../schools/schools.service';
import { schoolNotFound } from '../schools/schools.errors';
import { makeActor, makeCalendarEvent, makeSchool } from '../testing/factories';
import { CalendarEventEntity } from './calendar-event.entity';
import { DateRange } from './calendar-range';
import { CalendarRepository, NewCalendarEvent } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { CalendarEventKindEnum } from './calendar.types';

/** The service over plain fakes: a repository that keeps events in a list, and no database. */
function setUp(stored: CalendarEventEntity[] = []) {
  const asked: { schoolId: string; range: DateRange }[] = [];
  const events: Pick<CalendarRepository, 'overlapping' | 'add' | 'byId' | 'remove'> = {
    overlapping: async (schoolId, range) => {
      asked.push({ schoolId, range });
      return stored;
    },
    add: async (event: NewCalendarEvent) => {
      const added = makeCalendarEvent(event);
      stored.push(added);
      return added;
    },
    byId: async (id) => stored.find((e) => e.id === id) ?? null,
    remove: async (id) => {
      stored.splice(0, stored.length, ...stored.filter((e) => e.id !== id));
    },
  };
  const school = makeSchool();
  const schools: Pick<SchoolsService, 'require'> = {
    require: async (_actor, id) => {
      if (id !== school.id) throw schoolNotFound(id);
      return school;
    },
  };
  const audit = { record: jest.fn<Promise<void>, Parameters<AuditService['record']>>(async () => undefined) };
  const outbox = { add: jest.fn(async () => undefined) };
  const clock = new FixedClock('2026-10-05T08:30:00Z');
  const service = new CalendarService(
    events as CalendarRepository,
    schools as SchoolsService,
    audit as unknown as AuditService,
    outbox as unknown as OutboxService,
    clock,
  );
  return { service, school, stored, asked, audit, outbox, clock };
}

const closure = (schoolId: string | null) => ({
  schoolId,
  kind: CalendarEventKindEnum.CLOSURE,
  title: '  Boiler failure ',
  startsOn: '2027-01-12',
  endsOn: '2027-01-12',
});

describe('CalendarService', () => {
  describe('forSchool', () => {
    it("asks for the academic year running on the clock's today when no range is given", async () => {
      const { service, school, asked, clock } = setUp();
      await service.forSchool(makeActor(), school.id);
      clock.set('2027-08-02T00:00:00Z');
      await service.forSchool(makeActor(), school.id, null, null);
      expect(asked).toEqual([
        { schoolId: school.id, range: { from: '2026-08-01', to: '2027-08-31' } },
        { schoolId: school.id, range: { from: '2027-08-01', to: '2028-08-31' } },
      ]);
    });

    it("refuses a school that is not the caller's as SCHOOL_NOT_FOUND before reading any event", async () => {
      const { service, asked } = setUp();
      await expect(service.forSchool(makeActor(), makeSchool().id)).rejects.toMatchObject({
        code: 'SCHOOL_NOT_FOUND',
        category: 'NOT_FOUND',
      });
      expect(asked).toEqual([]);
    });
  });

  describe('add', () => {
    it('stores the event with its title trimmed, audits it and announces it in full', async () => {
      const { service, school, stored, audit, outbox } = setUp();
      const event = await service.add(makeActor(), closure(school.id));
      expect(stored).toEqual([event]);
      expect(event).toMatchObject({ schoolId: school.id, title: 'Boiler failure', kind: 'CLOSURE' });
      expect(audit.record).toHaveBeenCalledWith({
        entity: 'calendar_event',
        entityId: event.id,
        action: 'added',
        after: event,
      });
      expect(outbox.add).toHaveBeenCalledWith('calendar.changed', {
        schoolId: school.id,
        eventId: event.id,
        action: 'added',
        kind: 'CLOSURE',
        title: 'Boiler failure',
        startsOn: '2027-01-12',
        endsOn: '2027-01-12',
      });
    });

    it.each([
      { title: 'a blank title', input: { title: '   ' }, details: { field: 'title', min: 1, max: 200 } },
      { title: 'an end before the start', input: { endsOn: '2027-01-11' }, details: { field: 'to' } },
    ])('refuses $title with BAD_USER_INPUT and stores nothing', async ({ input, details }) => {
      const { service, school, stored, outbox } = setUp();
      await expect(service.add(makeActor(), { ...closure(school.id), ...input })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details,
      });
      expect(stored).toEqual([]);
      expect(outbox.add).not.toHaveBeenCalled();
    });
  });

  describe('remove', () => {
    it('removes an event of a school the caller may see, and announces it', async () => {
      const { service, school, stored, outbox } = setUp();
      const event = makeCalendarEvent({ schoolId: school.id });
      stored.push(event);
      await expect(service.remove(makeActor({ schoolIds: [school.id] }), event.id)).resolves.toBe(true);
      expect(stored).toEqual([]);
      expect(outbox.add).toHaveBeenCalledWith('calendar.changed', expect.objectContaining({ action: 'removed' }));
    });

    it("answers an event of a school outside the caller's scope as CALENDAR_EVENT_NOT_FOUND and keeps it", async () => {
      const { service, school, stored } = setUp();
      const event = makeCalendarEvent({ schoolId: school.id });
      stored.push(event);
      await expect(service.remove(makeActor({ schoolIds: [makeSchool().id] }), event.id)).rejects.toMatchObject({
        code: 'CALENDAR_EVENT_NOT_FOUND',
        category: 'NOT_FOUND',
        details: { id: event.id },
      });
      expect(stored).toEqual([event]);
    });
  });
});
