import { TenantDb } from '@trustops/service-kit';
import { InProcessService, startInProcess } from '@trustops/testing';
import { AppModule } from '../app.module';
import { SCHEMA } from '../roadmap-schema';
import { seedDemo } from '../seed/demo-seed';
import { EventsService } from '../events/events.service';

export type TestStrategyRoadmap = InProcessService;

/** The strategy roadmap in this process with the demo strategy. */
export const startStrategyRoadmap = (env: Record<string, string> = {}) =>
  startInProcess({
    appModule: AppModule,
    schema: SCHEMA,
    env,
    prepare: (app) => seedDemo(app.get(TenantDb), app.get(EventsService)),
  });
