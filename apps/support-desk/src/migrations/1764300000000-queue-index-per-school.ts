import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each school's open tickets in (due, id) order, for the per-school walk of the queue's first page. */
export class QueueIndexPerSchool1764300000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE INDEX ticket_open_school_due_id ON support_desk.ticket (trust_id, school_id, resolution_due_at, id) WHERE status IN ('NEW','OPEN','WAITING')`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX support_desk.ticket_open_school_due_id');
  }
}
