import { LoggerService } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import pino, { Logger } from 'pino';
import { RequestStore } from '../db/request-context';

let root: Logger | undefined;

/** pino JSON logs; request, trust and user ids are attached from the request context, never typed into messages. */
export function rootLogger(
  level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
): Logger {
  root ??= pino({
    level,
    base: { service: process.env.SERVICE_NAME },
    serializers: { err: safeError },
    mixin() {
      const cls = ClsServiceManager.getClsService<RequestStore>();
      if (!cls.isActive()) return {};
      const actor = cls.get('actor');
      return { requestId: cls.get('requestId'), trustId: actor?.trustId, userId: actor?.userId };
    },
  });
  return root;
}

export function createLogger(context: string): Logger {
  return rootLogger().child({ context });
}

/** Routes Nest's own messages through pino. */
export class PinoNestLogger implements LoggerService {
  private readonly logger = createLogger('Nest');
  log(message: unknown, context?: string) {
    this.logger.info({ nestContext: context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ nestContext: context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ nestContext: context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ nestContext: context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ nestContext: context }, String(message));
  }
}

/**
 * An error as logged: pino's own serializer, without what a database error copies of the statement (TypeORM's
 * `parameters` and `query`, pg's `driverError`): a failed INSERT of an account would otherwise log its password hash.
 */
export function safeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const { parameters: _parameters, driverError: _driverError, query: _query, ...rest } = serialized;
  return rest;
}
