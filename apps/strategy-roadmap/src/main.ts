import 'reflect-metadata';
import { runServiceMain, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';
import { EventsService } from './events/events.service';

runServiceMain('strategy-roadmap', AppModule, (app) => seedDemo(app.get(TenantDb), app.get(EventsService)));
