import 'reflect-metadata';
import { bootstrapService, createLogger, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';
import { seedHistory } from './seed/demo-history';
import { TicketsService } from './tickets/tickets.service';
import { TicketWorkService } from './tickets/ticket-work.service';

bootstrapService(AppModule, {
  async prepare(app) {
    if (process.env.SEED_DEMO !== 'true') return;
    await seedDemo(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService));
    if (process.env.SEED_HISTORY === 'true') await seedHistory(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService));
    createLogger('Seed').info('demo data ready');
  },
}).catch((error) => {
  process.stderr.write(`support-desk failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
