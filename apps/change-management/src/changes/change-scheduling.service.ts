import { Injectable } from '@nestjs/common';
import { Actor, badInput } from '@trustops/service-kit';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { freezeBlocks, nextCommonWindow } from './change-rules';
import { changeErrors } from './changes.errors';
import { ChangeRow, ChangesRepository } from './changes.repository';
import { ChangesService } from './changes.service';

const MAX_CHANGE_DAYS = 14;

const day = (d: Date) =>
  d.toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

@Injectable()
export class ChangeSchedulingService {
  constructor(
    private readonly repository: ChangesRepository,
    private readonly copies: DirectoryCopiesRepository,
    private readonly events: EventsService,
    private readonly changes: ChangesService,
  ) {}

  /** Refused with CHANGE_FREEZE when a classroom-affecting change touches a freeze day of a school that has not consented. */
  async schedule(actor: Actor, id: string, start: Date, end: Date): Promise<ChangeRow> {
    if (!(end > start)) throw badInput('The end of the window must be after its start', { field: 'end' });
    if (end.getTime() - start.getTime() > MAX_CHANGE_DAYS * 86_400_000)
      throw badInput(`A change window is at most ${MAX_CHANGE_DAYS} days`, { field: 'end' });
    const change = await this.changes.require(id);
    this.changes.step('schedule', change);
    const consents = await this.repository.consents(id);
    if (change.classroomImpact)
      await this.checkFreezes(
        actor,
        change,
        consents.map((c) => c.schoolId),
        start,
        end,
      );
    const scheduled = await this.changes.move(actor, change, 'SCHEDULED', null, {
      scheduled_start: start,
      scheduled_end: end,
      scheduled_by: actor.userId,
    });
    await this.events.emit('change.scheduled', {
      ...this.changes.payload(scheduled),
      start: start.toISOString(),
      end: end.toISOString(),
      consentedSchoolIds: consents.map((c) => c.schoolId),
    });
    return scheduled;
  }

  private async checkFreezes(
    actor: Actor,
    change: ChangeRow,
    consented: string[],
    start: Date,
    end: Date,
  ): Promise<void> {
    const schools = await this.copies.requireSchools({ ...actor, schoolIds: null }, change.schoolIds);
    const windows = [];
    for (const s of schools) {
      // one connection per transaction: one query at a time
      windows.push({
        schoolId: s.id,
        schoolName: s.name,
        calendar: await this.copies.calendarFor(s.id),
        consented: consented.includes(s.id),
      });
    }
    const blocks = freezeBlocks(windows, start, end);
    if (!blocks.length) return;
    const free = nextCommonWindow(
      windows.filter((w) => !w.consented).map((w) => w.calendar),
      start,
      Math.round((end.getTime() - start.getTime()) / 60_000),
    );
    const first = blocks[0];
    throw changeErrors.error(
      'CHANGE_FREEZE',
      `${first.schoolName} is in a change freeze (${first.freeze.title}, ${first.freeze.startsOn}${first.freeze.endsOn !== first.freeze.startsOn ? ` to ${first.freeze.endsOn}` : ''}). ` +
        `The next free window is ${day(free.start)} to ${day(free.end)}; or ask the school's educator lead to consent.`,
      {
        blocks: blocks.map((b) => ({ schoolId: b.schoolId, schoolName: b.schoolName, freeze: b.freeze })),
        nextFreeWindow: { start: free.start.toISOString(), end: free.end.toISOString() },
      },
    );
  }
}
