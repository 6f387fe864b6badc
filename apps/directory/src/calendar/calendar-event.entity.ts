import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarEventKind } from '@trustops/school-calendar';

@Entity({ name: 'calendar_event' })
export class CalendarEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  /** null: applies to every school of the trust (bank holidays, trust-wide freezes). */
  @Column({ name: 'school_id', type: 'uuid', nullable: true }) schoolId: string | null;
  @Column({ type: 'text' }) kind: CalendarEventKind;
  @Column() title: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
}
