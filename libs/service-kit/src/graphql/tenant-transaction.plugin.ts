import { ApolloServerPlugin } from '@apollo/server';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { commitWithPendingWrites, newPendingWrites, PENDING_KEY } from '../db/pending-writes';
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
          const pending = newPendingWrites();
          (cls as unknown as { set(key: symbol, value: unknown): void }).set(PENDING_KEY, pending);
          release = async (commit) => {
            try {
              if (!commit) return await qr.rollbackTransaction();
              await commitWithPendingWrites(qr, schema, pending);
            } catch (error) {
              if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
              throw error;
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
        async willSendResponse({ operationName, response }) {
          try {
            await release?.(!failed);
          } catch (error) {
            // The answer was ready but the commit failed: say so, rather than report a change that did not happen.
            failed = true;
            logger.error({ err: error }, 'commit failed');
            if (response.body.kind === 'single') {
              response.body.singleResult = { data: null, errors: [{ message: 'Your change could not be saved, and nothing was changed. Try again.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
          logger.info({ operationName, ms: Math.round((performance.now() - started) * 10) / 10, failed }, 'graphql request');
        },
      };
    },
  };
}
