import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { commitWithPendingWrites, newPendingWrites, PENDING_KEY } from '../db/pending-writes';
import { RequestStore, setStoredEm } from '../db/request-context';
import { openScopedQueryRunner } from '../db/tenant-db';
import { createLogger } from '../logging/logger';
import { DomainError } from '../errors/domain-error';
import { isUnavailable, UNAVAILABLE_MESSAGE, unavailableExtensions } from '../errors/unavailable';

export interface GraphQLContext {
  req: { headers: Record<string, string | string[] | undefined> };
  actor: Actor | null;
}

/**
 * One transaction per GraphQL request, narrowed to the caller's trust before any resolver runs. Any error
 * rolls the whole request back, so a failed mutation never leaves half its writes behind.
 */
export function tenantTransactionPlugin(
  dataSource: DataSource,
  schema: string,
  cls: ClsService<RequestStore>,
  memberTable?: string,
): ApolloServerPlugin<GraphQLContext> {
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
          const mode = { kind: 'tenant' as const, actor, members: memberTable };
          const qr = await openScopedQueryRunner(dataSource, schema, mode).catch((error: unknown) => {
            throw isUnavailable(error) ? unavailableError() : refusedCaller(error);
          });
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
            const original = error.originalError;
            // A refusal (TOO_MANY_REQUESTS, UNAUTHENTICATED, TICKET_NOT_FOUND…) is the service doing its job: a
            // record of it, without a stack. Only what nobody meant to happen is an error someone must look at.
            if (original instanceof DomainError) {
              logger.info({ code: original.code, category: original.category, path: error.path }, 'request refused');
            } else if (isUnavailable(original ?? error)) {
              // A passing fault (the database restarting): answered SERVICE_UNAVAILABLE, worth a line, not a page.
              logger.warn(
                { reason: (original ?? error).message, path: error.path },
                'request failed: a dependency is unavailable',
              );
            } else if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
              logger.error({ err: original ?? error, path: error.path }, 'request failed');
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
            if (response.body.kind === 'single')
              response.body.singleResult = { data: null, errors: [commitFailure(error)] };
          }
          logger.info(
            { operationName, ms: Math.round((performance.now() - started) * 10) / 10, failed },
            'graphql request',
          );
        },
      };
    },
  };
}

/** A caller refused before any resolver ran (suspended, role changed): answered 200 with its code, as any refusal. */
function refusedCaller(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new GraphQLError(error.message, {
    extensions: { code: error.code, category: error.category, http: { status: 200 } },
  });
}

/** Thrown before any resolver ran (no connection, or the database is restarting): answered 200 so the gateway passes the code on. */
function unavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { ...unavailableExtensions(), http: { status: 200 } } });
}

/** A commit that failed on a lost connection may have happened: say so, and that a retry of the same form is safe (idempotency keys). */
function commitFailure(error: unknown) {
  if (isUnavailable(error)) {
    return {
      message:
        'The connection to the database was lost while saving, so your change may or may not have been saved. Reload to check before sending it again (a form sent again from the dashboard is not saved twice).',
      extensions: unavailableExtensions(),
    };
  }
  return {
    message: 'Your change could not be saved, and nothing was changed. Try again.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
