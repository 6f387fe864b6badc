import { CalendarChanged, EventEnvelope, SchoolUpdated } from '@trustops/contracts';
import { EntityManager } from 'typeorm';

/** Applies one directory event to the desk's copies (in the consumer's transaction, under the event's trust). */
export async function applyDirectoryEvent(event: EventEnvelope, em: EntityManager): Promise<void> {
  if (event.type === 'school.updated') {
    const p = event.payload as SchoolUpdated;
    await em.query(`INSERT INTO support_desk.school_ref (id, name, phase) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, phase = excluded.phase`, [p.schoolId, p.name, p.phase]);
  } else if (event.type === 'calendar.changed') {
    const p = event.payload as CalendarChanged;
    if (p.action === 'removed') {
      await em.query('DELETE FROM support_desk.calendar_ref WHERE id = $1', [p.eventId]);
    } else {
      await em.query(`INSERT INTO support_desk.calendar_ref (id, school_id, kind, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO UPDATE SET school_id = excluded.school_id, kind = excluded.kind, title = excluded.title,
          starts_on = excluded.starts_on, ends_on = excluded.ends_on`, [p.eventId, p.schoolId, p.kind, p.title, p.startsOn, p.endsOn]);
    }
  }
}
