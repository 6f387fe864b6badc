import { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'support_desk';
const seqName = `'ticket_no_' || replace(t.trust_id::text, '-', '')`;

/**
 * Ticket numbers from one sequence per trust instead of a counter row: raising no longer queues behind a row
 * lock held until commit (measured: 20 clients raising at once). A raise that fails after taking its number leaves
 * a gap; validation runs before numbering, so gaps are rare.
 */
export class TicketNumberSequences1764500000000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    const statements = [
      // Runs as the schema owner (SECURITY DEFINER) when the desk first hears of a trust.
      `CREATE FUNCTION ${S}.create_ticket_sequence() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
       DECLARE name text := 'ticket_no_' || replace(NEW.trust_id::text, '-', '');
       BEGIN
         EXECUTE format('CREATE SEQUENCE IF NOT EXISTS ${S}.%I START %s', name, NEW.next_ticket + 1);
         EXECUTE format('GRANT USAGE ON SEQUENCE ${S}.%I TO ${S}_app', name);
         RETURN NEW;
       END $$`,
      `REVOKE ALL ON FUNCTION ${S}.create_ticket_sequence() FROM PUBLIC`,
      `CREATE TRIGGER trust_ref_ticket_sequence AFTER INSERT ON ${S}.trust_ref FOR EACH ROW EXECUTE FUNCTION ${S}.create_ticket_sequence()`,
      `ALTER TABLE ${S}.trust_ref NO FORCE ROW LEVEL SECURITY`,
      `DO $$ DECLARE t record; BEGIN
         FOR t IN SELECT trust_id, next_ticket FROM ${S}.trust_ref LOOP
           EXECUTE format('CREATE SEQUENCE IF NOT EXISTS ${S}.%I START %s', ${seqName}, t.next_ticket + 1);
           EXECUTE format('GRANT USAGE ON SEQUENCE ${S}.%I TO ${S}_app', ${seqName});
         END LOOP;
       END $$`,
      `ALTER TABLE ${S}.trust_ref FORCE ROW LEVEL SECURITY`,
    ];
    for (const sql of statements) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TRIGGER trust_ref_ticket_sequence ON ${S}.trust_ref`);
    await qr.query(`DROP FUNCTION ${S}.create_ticket_sequence()`);
  }
}
