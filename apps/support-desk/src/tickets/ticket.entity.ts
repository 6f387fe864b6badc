import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertLevel } from './sla/sla-alerts';
import type { Priority, TicketKind, TicketStatus } from './ticket-rules';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

@Entity({ name: 'ticket' })
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  @Column() number: string;
  @Column({ name: 'school_id', type: 'uuid' }) schoolId: string;
  @Column({ name: 'requester_id', type: 'uuid' }) requesterId: string;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column({ type: 'text' }) kind: TicketKind;
  @Column() category: string;
  @Column() impact: string;
  @Column() urgency: string;
  @Column({ type: 'text' }) priority: Priority;
  @Column({ type: 'text' }) status: TicketStatus;
  @Column() subject: string;
  @Column() description: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ name: 'raised_in_exam_window', default: false }) raisedInExamWindow: boolean;
  @Column({ name: 'first_response_due_at', type: 'timestamptz' }) firstResponseDueAt: Date;
  @Column({ name: 'first_response_warning_at', type: 'timestamptz' }) firstResponseWarningAt: Date;
  @Column({ name: 'first_responded_at', type: 'timestamptz', nullable: true }) firstRespondedAt: Date | null;
  @Column({ name: 'resolution_due_at', type: 'timestamptz' }) resolutionDueAt: Date;
  @Column({ name: 'resolution_warning_at', type: 'timestamptz' }) resolutionWarningAt: Date;
  @Column({ name: 'first_response_target', type: 'int' }) firstResponseTarget: number;
  @Column({ name: 'resolution_target', type: 'int' }) resolutionTarget: number;
  @Column({ name: 'first_response_alerted', type: 'text', nullable: true }) firstResponseAlerted: AlertLevel | null;
  @Column({ name: 'resolution_alerted', type: 'text', nullable: true }) resolutionAlerted: AlertLevel | null;
  @Column({ name: 'next_alert_at', type: 'timestamptz', nullable: true }) nextAlertAt: Date | null;
  @Column({ type: 'text', nullable: true }) team: string | null;
  @Column({ name: 'asset_id', type: 'uuid', nullable: true }) assetId: string | null;
  @Column({ name: 'sla_consumed_minutes', type: 'numeric', transformer: numeric }) consumedMinutes: number;
  @Column({ name: 'sla_clock_started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'csat_score', type: 'int', nullable: true }) csatScore: number | null;
  @Column({ name: 'csat_comment', type: 'text', nullable: true }) csatComment: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'ticket_reply' })
export class TicketReplyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trust_id', type: 'uuid', insert: false, update: false }) trustId: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ name: 'school_id', type: 'uuid' }) schoolId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column() body: string;
  @Column({ default: false }) internal: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
}
