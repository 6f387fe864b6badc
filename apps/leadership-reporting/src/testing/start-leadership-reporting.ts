import { TenantDb } from '@trustops/service-kit';
import { InProcessService, startInProcess } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';

export type TestLeadershipReporting = InProcessService;

/** Leadership reporting in this process with the demo schools; scheduled sends are off unless `env` turns them on. */
export const startLeadershipReporting = (env: Record<string, string> = {}) =>
  startInProcess({
    appModule: AppModule,
    schema: 'leadership_reporting',
    env: { REPORT_SCHEDULE_EVERY_MS: '0', ...env },
    prepare: (app) => seedDemo(app.get(TenantDb)),
  });
