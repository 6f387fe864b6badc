import { ApolloServerPlugin } from '@apollo/server';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { RequestStore, setStoredEm } from '../db/request-context';
import { openScopedTransaction } from '../db/tenant-db';
import { createLogger } from '../logging/logger';

export interface GraphQLContext {
  req: { headers: Record<string, string | string[] | undefined> };
  actor: Actor | null;
}

/**
 * One transaction per GraphQL request, narrowed to the caller's trust before any resolver runs. Any error
 * rolls the whole request back, so a failed mutation never leaves half its writes behind.
 */
export function tenantTransactionPlugin(dataSource: DataSource, schema: string, cls: ClsService<RequestStore>): ApolloServerPlugin<GraphQLContext> {
  const logger = createLogger('GraphQL');
  return {
    async requestDidStart() {
      const started = performance.now();
      let release: ((commit: boolean) => Promise<void>) | undefined;
      let failed = false;
      return {
        async didResolveOperation({ contextValue }) {
          const actor = contextValue.actor;
          if (!actor) return;
          const qr = dataSource.createQueryRunner();
          await qr.connect();
          try {
            await openScopedTransaction(qr, schema, { kind: 'tenant', actor });
          } catch (error) {
            await qr.release();
            throw error;
          }
          setStoredEm(cls, qr.manager);
          release = async (commit) => {
            try {
              if (commit) await qr.commitTransaction(); else await qr.rollbackTransaction();
            } finally {
              await qr.release();
            }
          };
        },
        async didEncounterErrors({ errors }) {
          failed = true;
          for (const error of errors) {
            if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
              logger.error({ err: error.originalError ?? error, path: error.path }, 'request failed');
            }
          }
        },
        async willSendResponse({ operationName }) {
          await release?.(!failed);
          logger.info({ operationName, ms: Math.round((performance.now() - started) * 10) / 10, failed }, 'graphql request');
        },
      };
    },
  };
}
