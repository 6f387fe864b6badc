/**
 * What other packages may use of the service kit, by name: internals (the raw scoped transaction, the outbox
 * relay's wiring, pending writes) stay inside, so no app can open a transaction for a trust of its choosing
 * around TenantDb. A name another package needs is added here on purpose. Migrations import their SQL helpers
 * from `@trustops/service-kit/migrations`, tests their seams from `@trustops/service-kit/testing`.
 */
export { ROLES } from './auth/actor';
export type { Actor, Role, TokenClaims } from './auth/actor';
export { Can, CurrentActor, Public } from './auth/roles';
export { TOKEN_AUDIENCE, TOKEN_ISSUER, TOKEN_LIFETIME_SECONDS, createTokenVerifier } from './auth/token-verifier';
export type { TokenVerifier } from './auth/token-verifier';
export { AuditService } from './audit/audit.service';
export type { BaseConfig } from './config/config';
export { dropDatabase, ensureDatabase, ensureServiceRoles } from './db/bootstrap';
export { assertIdentifier, serviceRoles } from './db/roles';
export { DATA_SOURCE, TenantDb } from './db/tenant-db';
export { DomainError, badInput, forbidden, unauthenticated } from './errors/domain-error';
export { sendHttpError } from './errors/http-error';
export { OutboxService, TypedEvents } from './events/outbox.service';
export { ServiceKitModule } from './kit.module';
export { BASE_CONFIG, REDIS, TOKEN_VERIFIER } from './kit.tokens';
export { createLogger } from './logging/logger';
export { bootstrapService } from './bootstrap';
export type { RunningService } from './bootstrap';
export { ConnectionType, decodeCursor, pageSize, toConnection } from './graphql/connection';
export type { Connection } from './graphql/connection';
export { DateScalar } from './graphql/date.scalar';
export { RepeatingJobs } from './events/repeating-job';
export { runServiceMain } from './main';
export { checkDateRange, isUuid, likeLiteral } from './validation';
export { EventConsumerService } from './events/event-consumer.service';
export { Metrics, graphqlMetricsPlugin, sendMetrics } from './metrics/metrics';
export { LiveSignals, liveChannel } from './live/live-signals';
export { LiveStreams } from './live/live-streams';
export { nulBytePlugin } from './graphql/nul-bytes';
export {
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE,
  UNAVAILABLE_MESSAGE,
  isUnavailable,
  unavailableExtensions,
} from './errors/unavailable';
export { IdempotencyKey, IdempotencyService } from './idempotency/idempotency.service';
export { closeAfterAnswer } from './errors/close-after-answer';
export { readBody } from './errors/read-body';
export { bodyErrors } from './errors/body-errors';
export { callerOf } from './auth/caller';
export { defineErrors } from './errors/error-catalogue';
export type { ErrorCatalogue, ErrorEntry } from './errors/error-catalogue';
export { kitErrors } from './errors/kit-errors';
export type { KitCode } from './errors/kit-errors';
export type { ErrorCategory } from './errors/domain-error';
export { TEXT_LIMITS, optionalText, text } from './input-limits';
export type { TextKind, TextOptions } from './input-limits';
export { Clock, SystemClock } from './clock';
