import { Injectable } from '@nestjs/common';
import { allFreezes, Freeze } from '@trustops/school-calendar';
import { Actor, checkDateRange } from '@trustops/service-kit';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { ChangeRow } from './changes.repository';
import { ChangesService } from './changes.service';

/** What the change calendar shows: a change that has had its window, or has it booked. */
const ON_THE_CALENDAR = ['SCHEDULED', 'DONE', 'FAILED', 'BACKED_OUT'] as const;

export interface CalendarRow {
  schoolId: string;
  freezes: Freeze[];
  changes: ChangeRow[];
}

/** Each school's freezes (from its calendar) beside the changes booked there, over at most a year. */
@Injectable()
export class ChangeCalendarService {
  constructor(
    private readonly copies: DirectoryCopiesRepository,
    private readonly changes: ChangesService,
  ) {}

  /** A school's freezes overlapping from..to (inclusive dates). */
  async freezes(actor: Actor, schoolId: string, from: string, to: string): Promise<Freeze[]> {
    checkDateRange(from, to, 366, 'a year');
    await this.copies.requireSchool(actor, schoolId);
    return this.freezesOf(schoolId, from, to);
  }

  /** `schoolIds`, or else every school the actor may see, each with its freezes and changes from..to. */
  async calendar(actor: Actor, from: string, to: string, schoolIds: string[] | null): Promise<CalendarRow[]> {
    checkDateRange(from, to, 366, 'a year');
    const wanted = schoolIds?.length ? schoolIds : (actor.schoolIds ?? (await this.copies.schoolIds()));
    const changes = await this.changes.list({
      status: ON_THE_CALENDAR,
      from: new Date(`${from}T00:00:00Z`),
      to: new Date(`${to}T23:59:59Z`),
    });
    const rows: CalendarRow[] = [];
    for (const school of await this.copies.requireSchools(actor, wanted)) {
      rows.push({
        schoolId: school.id,
        freezes: await this.freezesOf(school.id, from, to),
        changes: changes.filter((c) => c.schoolIds.includes(school.id)),
      });
    }
    return rows;
  }

  private async freezesOf(schoolId: string, from: string, to: string): Promise<Freeze[]> {
    return allFreezes(await this.copies.calendarFor(schoolId)).filter((f) => f.startsOn <= to && f.endsOn >= from);
  }
}
