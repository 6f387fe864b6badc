import 'reflect-metadata';
import { bootstrapService, createLogger, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';

bootstrapService(AppModule, {
  async prepare(app) {
    if (process.env.SEED_DEMO !== 'true') return;
    await seedDemo(app.get(TenantDb));
    createLogger('Seed').info('demo data ready');
  },
}).catch((error) => {
  process.stderr.write(`leadership-reporting failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
