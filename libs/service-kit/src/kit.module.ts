import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { ClsModule } from 'nestjs-cls';
import { AuditService } from './audit/audit.service';
import { RolesGuard } from './auth/roles';
import { BaseConfig, readBaseConfig } from './config/config';
import { createServiceDataSource, DatabaseOptions, migrate } from './db/data-source';
import { DATA_SOURCE, SERVICE_SCHEMA, TenantDb } from './db/tenant-db';
import { OutboxService } from './events/outbox.service';
import { IdempotencyService } from './idempotency/idempotency.service';
import { RepeatingJobs } from './events/repeating-job';
import { subgraphModule } from './graphql/graphql.module';
import { HealthController } from './health/health.controller';
import { MetricsController, ServiceMetrics } from './metrics/service-metrics';
import { LiveSignals } from './live/live-signals';
import { LiveStreams } from './live/live-streams';
import { BASE_CONFIG, LIVE_EVENTS, MEMBER_TABLE, REDIS, TOKEN_VERIFIER } from './kit.tokens';
import { createTokenVerifier } from './auth/token-verifier';
import { Clock, SystemClock } from './clock';

export interface ServiceDefinition extends DatabaseOptions {
  name: string;
  defaultPort: number;
  /** Directory verifies with the keys it holds; every other service fetches directory's JWKS. */
  tokenVerifier?: Provider;
  /** Event type prefixes whose relaying tells this service's live streams (LiveStreams) that the trust's data changed. */
  liveEvents?: string[];
  /**
   * The table of the trust's members (`user_id`, `role`, `status`, `school_ids`) each request's caller is checked against:
   * default `member_ref`, the copy every service keeps from membership.changed; directory names its own.
   */
  memberTable?: string;
}

/** Everything a TrustOps subgraph shares: config, database, request context, auth, audit, outbox, health. */
@Global()
@Module({})
export class ServiceKitModule {
  static forService(definition: ServiceDefinition): DynamicModule {
    const providers = [
      { provide: BASE_CONFIG, useFactory: () => readBaseConfig(definition.name, definition.defaultPort) },
      { provide: SERVICE_SCHEMA, useValue: definition.schema },
      {
        provide: DATA_SOURCE,
        inject: [BASE_CONFIG],
        useFactory: async (config: BaseConfig) => {
          const dataSource = createServiceDataSource(config.databaseUrl, {
            ...definition,
            poolSize: config.dbPoolSize ?? definition.poolSize,
          });
          await dataSource.initialize();
          await migrate(dataSource, definition.schema);
          return dataSource;
        },
      },
      {
        provide: REDIS,
        inject: [BASE_CONFIG],
        useFactory: (config: BaseConfig) =>
          new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }),
      },
      definition.tokenVerifier ?? {
        provide: TOKEN_VERIFIER,
        inject: [BASE_CONFIG],
        useFactory: (config: BaseConfig) => createTokenVerifier(config),
      },
      TenantDb,
      AuditService,
      OutboxService,
      IdempotencyService,
      RepeatingJobs,
      { provide: Clock, useClass: SystemClock },
      ServiceMetrics,
      LiveSignals,
      LiveStreams,
      { provide: LIVE_EVENTS, useValue: definition.liveEvents ?? [] },
      { provide: MEMBER_TABLE, useValue: definition.memberTable ?? 'member_ref' },
      { provide: APP_GUARD, useClass: RolesGuard },
    ];
    return {
      module: ServiceKitModule,
      imports: [
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            setup: (cls, req: { headers: Record<string, unknown> }) => {
              const given = req.headers['x-request-id'];
              cls.set('requestId', typeof given === 'string' && given.length <= 100 ? given : randomUUID());
            },
          },
        }),
        subgraphModule(),
      ],
      controllers: [HealthController, MetricsController],
      providers,
      exports: [
        TOKEN_VERIFIER,
        BASE_CONFIG,
        SERVICE_SCHEMA,
        DATA_SOURCE,
        REDIS,
        TenantDb,
        Clock,
        AuditService,
        OutboxService,
        IdempotencyService,
        RepeatingJobs,
        ServiceMetrics,
        LiveSignals,
        LiveStreams,
        LIVE_EVENTS,
        MEMBER_TABLE,
      ],
    };
  }
}
