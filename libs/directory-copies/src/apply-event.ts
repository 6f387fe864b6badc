import { CalendarChanged, EventEnvelope, SchoolUpdated } from '@trustops/contracts';
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
