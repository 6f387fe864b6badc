import 'reflect-metadata';
import { runServiceMain, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';
import { seedHistory } from './seed/demo-history';
import { TicketsService } from './tickets/tickets.service';
import { TicketWorkService } from './tickets/ticket-work.service';

runServiceMain('support-desk', AppModule, async (app) => {
  await seedDemo(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService));
  if (process.env.SEED_HISTORY === 'true')
    await seedHistory(app.get(TenantDb), app.get(TicketsService), app.get(TicketWorkService));
});
