import 'reflect-metadata';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { consumersOf } from '@trustops/contracts';
import type { Redis } from 'ioredis';
import { json } from 'express';
import { DataSource } from 'typeorm';
import { BaseConfig, serviceDatabaseUrl } from './config/config';
import { DATA_SOURCE, SERVICE_SCHEMA } from './db/tenant-db';
import { bodyErrors } from './errors/body-errors';
import { OutboxRelay } from './events/outbox-relay';
import { BASE_CONFIG, LIVE_EVENTS, REDIS } from './kit.tokens';
import { LiveSignals, schoolOf } from './live/live-signals';
import { createLogger, PinoNestLogger } from './logging/logger';

export interface RunningService {
  app: INestApplication;
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface BootstrapOptions {
  port?: number;
  relay?: boolean;
  /** Runs after migrations and before the port opens (demo seed), so /ready means ready to use. */
  prepare?: (app: INestApplication) => Promise<void>;
}

/** How every service starts: checked config, migrations, GraphQL on /graphql, health, and its outbox relay. */
export async function bootstrapService(
  appModule: Type<unknown>,
  options: BootstrapOptions = {},
): Promise<RunningService> {
  const app = await NestFactory.create(appModule, { logger: new PinoNestLogger(), bodyParser: false });
  // The gateway holds clients to 1 MB; a subgraph allows a little more so an oversized field still gets its
  // own clear BAD_USER_INPUT rather than a bare 413.
  app.use(json({ limit: '2mb' }), bodyErrors);
  app.enableShutdownHooks();
  const config = app.get<BaseConfig>(BASE_CONFIG);
  const schema = app.get<string>(SERVICE_SCHEMA);
  const dataSource = app.get<DataSource>(DATA_SOURCE);
  const redis = app.get<Redis>(REDIS);
  const liveEvents = app.get<string[]>(LIVE_EVENTS);
  const signals = app.get(LiveSignals);
  const relay =
    options.relay === false
      ? undefined
      : new OutboxRelay({
          dataSource,
          schema,
          source: config.serviceName,
          redis,
          prefix: config.namespace,
          listenUrl: serviceDatabaseUrl(config.databaseUrl, schema),
          destinations: consumersOf,
          onRelayed: liveEvents.length
            ? (events) =>
                signals.publish(
                  events
                    .filter((e) => liveEvents.some((p) => e.type.startsWith(p)))
                    .map((e) => ({ trustId: e.trustId, schoolId: schoolOf(e.payload) })),
                )
            : undefined,
        });
  await app.init();
  await options.prepare?.(app);
  await app.listen(options.port ?? config.port, process.env.HOST ?? '127.0.0.1');
  await relay?.start();
  const port = (app.getHttpServer().address() as { port: number }).port;
  createLogger('Bootstrap').info({ port }, `${config.serviceName} listening`);
  return {
    app,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await relay?.stop();
      await app.close();
      await dataSource.destroy().catch(() => undefined);
      redis.disconnect();
    },
  };
}
