import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from '@trustops/service-kit';

/**
 * An answer that carries SERVICE_UNAVAILABLE tells the client when to try again (Retry-After), and when nothing
 * at all could be answered it is a 503, so HTTP clients and proxies that never read the body retry too.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          if (data === null || data === undefined) response.http.status = 503;
        },
      };
    },
  };
}
