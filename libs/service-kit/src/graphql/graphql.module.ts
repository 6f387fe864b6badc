import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { DateScalar } from './date.scalar';
import { nulBytePlugin } from './nul-bytes';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { TokenVerifier } from '../auth/token-verifier';
import { BaseConfig } from '../config/config';
import { formatError } from '../errors/format-error';
import { callerOf } from '../auth/caller';
import { RequestStore } from '../db/request-context';
import { DATA_SOURCE, SERVICE_SCHEMA } from '../db/tenant-db';
import { GraphQLContext, tenantTransactionPlugin } from './tenant-transaction.plugin';
import { BASE_CONFIG, MEMBER_TABLE, TOKEN_VERIFIER } from '../kit.tokens';
import { graphqlMetricsPlugin } from '../metrics/metrics';
import { ServiceMetrics } from '../metrics/service-metrics';

/** A Federation 2 subgraph (code-first) that verifies tokens itself and runs each request in its trust's transaction. */
export function subgraphModule(): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    inject: [BASE_CONFIG, TOKEN_VERIFIER, DATA_SOURCE, SERVICE_SCHEMA, ClsService, ServiceMetrics, MEMBER_TABLE],
    useFactory: (
      config: BaseConfig,
      verify: TokenVerifier,
      dataSource: DataSource,
      schema: string,
      cls: ClsService<RequestStore>,
      metrics: ServiceMetrics,
      memberTable: string,
    ) => {
      return {
        autoSchemaFile: { federation: 2 },
        sortSchema: true,
        path: '/graphql',
        introspection: !config.production,
        includeStacktraceInErrorResponses: false,
        formatError,
        // Federation rebuilds the schema from SDL: custom scalars must be handed over again here.
        resolvers: { Date: DateScalar },
        // …and a service that uses no Date field must not fail over the unused resolver.
        resolverValidationOptions: { requireResolversToMatchSchema: 'ignore' },
        // Nest types Apollo from its CJS build and the plugin type resolves to the ESM one: same shape, two declarations.
        plugins: [
          nulBytePlugin() as never,
          tenantTransactionPlugin(dataSource, schema, cls, memberTable) as never,
          graphqlMetricsPlugin(metrics) as never,
          ApolloServerPluginInlineTraceDisabled() as never,
        ],
        context: async ({ req }: { req: GraphQLContext['req'] }): Promise<GraphQLContext> => {
          const actor = await callerOf(verify, req.headers.authorization);
          cls.set('actor', actor);
          return { req, actor };
        },
      };
    },
  });
}
