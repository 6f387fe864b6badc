import 'reflect-metadata';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { consumersOf } from '@trustops/contracts';
import type { Redis } from 'ioredis';
import { json, Response } from 'express';
import { DataSource } from 'typeorm';
import { BaseConfig, serviceDatabaseUrl } from './config/config';
import { DATA_SOURCE, SERVICE_SCHEMA } from './db/tenant-db';
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

/** How every service starts: checked config, migrations, GraphQL on /graphql, health, and its outbox relay. */
/** A body that is too big or not JSON gets a GraphQL-shaped answer with a code, never an HTML error page. */
function bodyErrors(
  error: { type?: string; status?: number },
  _req: unknown,
  res: Response,
  next: (e?: unknown) => void,
) {
  if (!error?.type) return next(error);
  const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  const message = code === 'PAYLOAD_TOO_LARGE' ? 'The request body is too large' : 'The request body is not valid JSON';
  res.status(error.status ?? 400).json({ errors: [{ message, extensions: { code } }] });
}

export interface BootstrapOptions {
  port?: number;
  relay?: boolean;
  /** Runs after migrations and before the port opens (demo seed), so /ready means ready to use. */
  prepare?: (app: INestApplication) => Promise<void>;
}

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
