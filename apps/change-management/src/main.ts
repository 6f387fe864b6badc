import 'reflect-metadata';
import { runServiceMain, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { EventsService } from './events/events.service';
import { seedDemo } from './seed/demo-seed';

runServiceMain('change-management', AppModule, (app) => seedDemo(app.get(TenantDb), app.get(EventsService)));
