import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SchoolPhase = 'PRIMARY' | 'SECONDARY' | 'SPECIAL' | 'ALL_THROUGH';

@Entity({ name: 'school' })
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  @Column() name: string;
  @Column() urn: string;
  @Column({ type: 'text' }) phase: SchoolPhase;
  @Column({ name: 'local_authority' }) localAuthority: string;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
}

@Entity({ name: 'site' })
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  @Column({ name: 'school_id', type: 'uuid' }) schoolId: string;
  @Column() name: string;
}
