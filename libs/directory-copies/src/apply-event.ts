import {
  CalendarChanged,
  EventEnvelope,
  MembershipChanged,
  SchoolAdded,
  SchoolClosed,
  SchoolUpdated,
  UserUpdated,
} from '@trustops/contracts';
import { assertIdentifier } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';

/** Applies one directory event to a service's copies (in the consumer's transaction, under the event's trust). */
export async function applyDirectoryEvent(schema: string, event: EventEnvelope, em: EntityManager): Promise<void> {
  const s = assertIdentifier(schema);
  if (event.type === 'school.updated') {
    const p = event.payload as SchoolUpdated;
    await em.query(
      `INSERT INTO ${s}.school_ref (id, name, phase) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, phase = excluded.phase`,
      [p.schoolId, p.name, p.phase],
    );
  } else if (event.type === 'school.added') {
    const p = event.payload as SchoolAdded;
    // DO NOTHING: a redelivered add must not undo a later school.updated that reached the copy first.
    await em.query(`INSERT INTO ${s}.school_ref (id, name, phase) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [
      p.schoolId,
      p.name,
      p.phase,
    ]);
  } else if (event.type === 'school.closed') {
    const p = event.payload as SchoolClosed;
    // The first close stands: a redelivery (or a replay) keeps the date the copy already holds.
    await em.query(`UPDATE ${s}.school_ref SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL`, [
      p.schoolId,
      p.closedAt,
    ]);
  } else if (event.type === 'membership.changed') {
    const p = event.payload as MembershipChanged;
    // The event carries the whole membership as it then was: the copy becomes it, unless it already shows a later
    // change (a redelivery, or the demo seed on a later start).
    await em.query(
      `INSERT INTO ${s}.member_ref (user_id, display_name, email, role, school_ids, educator_lead, status, tokens_valid_from, as_of)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (trust_id, user_id) DO UPDATE SET display_name = excluded.display_name, email = coalesce(excluded.email, member_ref.email),
        role = excluded.role, school_ids = excluded.school_ids, educator_lead = excluded.educator_lead, status = excluded.status,
        tokens_valid_from = excluded.tokens_valid_from, as_of = excluded.as_of
      WHERE member_ref.as_of <= excluded.as_of`,
      [
        p.userId,
        p.displayName,
        p.email ?? null,
        p.role,
        p.schoolIds,
        p.educatorLead,
        p.status,
        p.tokensValidFrom ?? null,
        event.occurredAt,
      ],
    );
  } else if (event.type === 'user.updated') {
    const p = event.payload as UserUpdated;
    await em.query(
      `UPDATE ${s}.member_ref SET display_name = $2, email = $3, as_of = $4 WHERE user_id = $1 AND as_of <= $4`,
      [p.userId, p.displayName, p.email, event.occurredAt],
    );
  } else if (event.type === 'calendar.changed') {
    const p = event.payload as CalendarChanged;
    if (p.action === 'removed') {
      await em.query(`DELETE FROM ${s}.calendar_ref WHERE id = $1`, [p.eventId]);
    } else {
      await em.query(
        `INSERT INTO ${s}.calendar_ref (id, school_id, kind, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO UPDATE SET school_id = excluded.school_id, kind = excluded.kind, title = excluded.title,
          starts_on = excluded.starts_on, ends_on = excluded.ends_on`,
        [p.eventId, p.schoolId, p.kind, p.title, p.startsOn, p.endsOn],
      );
    }
  }
}
