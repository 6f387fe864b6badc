import { TenantDb } from '@trustops/service-kit';
import { InProcessService, startInProcess } from '@trustops/testing';
import { AppModule } from '../app.module';
import { seedDemo } from '../seed/demo-seed';
import { EventsService } from '../shared';

export type TestStrategyRoadmap = InProcessService;

/** The strategy roadmap in this process with the demo strategy. */
export const startStrategyRoadmap = (env: Record<string, string> = {}) =>
  startInProcess({
    appModule: AppModule,
    schema: 'strategy_roadmap',
    env,
    prepare: (app) => seedDemo(app.get(TenantDb), app.get(EventsService)),
  });
