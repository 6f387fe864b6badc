import { Injectable } from '@nestjs/common';
import { SchoolCalendar } from '@trustops/school-calendar';
import { requireSchoolWith } from '@trustops/directory-copies';
import { Actor } from '@trustops/service-kit';
import { DirectoryCopiesRepository, SchoolCopy } from './directory-copies.repository';
import { TrustCache } from './trust-cache';

export interface MemberRef {
  userId: string;
  displayName: string;
  role: Actor['role'];
  schoolIds: string[] | null;
}

/**
 * What the desk keeps of directory's data: its schools, calendars and members. Read under RLS like tickets, and
 * cached per trust for a few seconds (TrustCache): a raise reads a school, a calendar and a member each time.
 */
@Injectable()
export class DirectoryCopiesService {
  constructor(
    private readonly copies: DirectoryCopiesRepository,
    private readonly cache: TrustCache,
  ) {}

  /**
   * The one school rule (requireSchoolWith in @trustops/directory-copies) with the read cached: the scope check
   * runs on every call, since the cache is per trust and the scope is per token.
   */
  requireSchool(actor: Actor, schoolId: string): Promise<SchoolCopy> {
    return requireSchoolWith(actor, schoolId, (id) => this.cache.cached(`school:${id}`, () => this.copies.school(id)));
  }

  /** A queue page of 50 tickets needs each school's calendar once, and a raise needs none from the database. */
  calendarFor(schoolId: string): Promise<SchoolCalendar> {
    return this.cache.cached(`calendar:${schoolId}`, () => this.copies.calendar(schoolId));
  }

  member(userId: string): Promise<MemberRef | null> {
    return this.cache.cached(`member:${userId}`, () => this.copies.member(userId) as Promise<MemberRef | null>);
  }
}
