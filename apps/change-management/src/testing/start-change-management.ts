import { TenantDb } from '@trustops/service-kit';
import { InProcessService, startInProcess } from '@trustops/testing';
import { AppModule } from '../app.module';
import { SCHEMA } from '../service-schema';
import { EventsService } from '../events/events.service';
import { seedDemo } from '../seed/demo-seed';

export type TestChangeManagement = InProcessService;

/** Change management in this process with the demo data; the ICO watcher is off unless `env` turns it on. */
export const startChangeManagement = (env: Record<string, string> = {}) =>
  startInProcess({
    appModule: AppModule,
    schema: SCHEMA,
    env: { INCIDENT_WATCH_EVERY_MS: '0', ...env },
    prepare: (app) => seedDemo(app.get(TenantDb), app.get(EventsService)),
  });
