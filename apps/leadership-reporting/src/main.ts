import 'reflect-metadata';
import { runServiceMain, TenantDb } from '@trustops/service-kit';
import { AppModule } from './app.module';
import { seedDemo } from './seed/demo-seed';

runServiceMain('leadership-reporting', AppModule, (app) => seedDemo(app.get(TenantDb)));
