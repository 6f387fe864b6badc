import 'reflect-metadata';
import { bootstrapService, createLogger, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';
import { EventsService } from './shared';

bootstrapService(AppModule, {
  async prepare(app) {
    if (process.env.SEED_DEMO !== 'true') return;
    await seedDemo(app.get(TenantDb), app.get(EventsService));
    createLogger('Seed').info('demo data ready');
  },
}).catch((error) => {
  process.stderr.write(`strategy-roadmap failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
