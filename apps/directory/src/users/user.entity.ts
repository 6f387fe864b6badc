import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@trustops/contracts';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ name: 'display_name' }) displayName: string;
  @Column({ name: 'password_hash', select: false }) passwordHash: string;
}

@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ name: 'school_ids', type: 'uuid', array: true, nullable: true }) schoolIds: string[] | null;
  @Column({ name: 'educator_lead', default: false }) educatorLead: boolean;
}
