import { Logger, LoggerService } from '@nestjs/common';
import { ExternalExceptionFilter } from '@nestjs/core/exceptions/external-exception-filter';
import { GraphQLError } from 'graphql';
import { DomainError, unauthenticated } from '../errors/domain-error';
import { tenantTransactionPlugin } from './tenant-transaction.plugin';

interface Line {
  level: string;
  data: Record<string, unknown>;
  msg: string;
}
const lines: Line[] = [];
jest.mock('../logging/logger', () => {
  const actual = jest.requireActual('../logging/logger');
  const record = () =>
    Object.fromEntries(
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
        level,
        (data: Record<string, unknown>, msg = '') => {
          lines.push({ level, data, msg });
        },
      ]),
    );
  return { ...actual, createLogger: () => record() };
});

const fault = new TypeError("Cannot read properties of undefined (reading 'id')");
const cases = [
  {
    title: 'a rate-limit refusal',
    error: new DomainError('TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'Too many failed sign-ins from your network'),
  },
  { title: 'a sign-in refusal', error: unauthenticated('Email or password is incorrect') },
  { title: 'a not-found refusal', error: new DomainError('TICKET_NOT_FOUND', 'NOT_FOUND', 'No such ticket') },
];

/** What the plugin logs when Apollo reports `original` thrown by a resolver at `path`. */
async function pluginLogs(original: Error): Promise<Line[]> {
  lines.length = 0;
  const plugin = tenantTransactionPlugin(undefined as never, 'kit_test', undefined as never);
  const listener = await plugin.requestDidStart!({} as never);
  await (listener as { didEncounterErrors(context: unknown): Promise<void> }).didEncounterErrors({
    errors: [new GraphQLError(original.message, { path: ['ticket'], originalError: original })],
  });
  return [...lines];
}

describe('logging of refusals and faults', () => {
  it.each(cases)('records $title at info with its code and no stack', async ({ error }) => {
    const logged = await pluginLogs(error);
    expect(logged).toEqual([
      { level: 'info', msg: 'request refused', data: { code: error.code, category: error.category, path: ['ticket'] } },
    ]);
    expect(JSON.stringify(logged)).not.toContain('at ');
  });

  it('records a fault at error with its stack', async () => {
    const logged = await pluginLogs(fault);
    expect(logged).toEqual([{ level: 'error', msg: 'request failed', data: { err: fault, path: ['ticket'] } }]);
  });

  it('records a database that is restarting at warn, without a stack', async () => {
    const restarting = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    const logged = await pluginLogs(restarting);
    expect(logged).toEqual([
      {
        level: 'warn',
        msg: 'request failed: a dependency is unavailable',
        data: { reason: restarting.message, path: ['ticket'] },
      },
    ]);
  });

  describe("Nest's exception handler (every resolver's error passes through it)", () => {
    const nest: string[] = [];
    const capture: LoggerService = {
      log: () => undefined,
      warn: () => undefined,
      error: (message: unknown) => {
        nest.push(String(message));
      },
    };
    beforeAll(() => Logger.overrideLogger(capture));
    beforeEach(() => {
      nest.length = 0;
    });

    it.each(cases)('passes $title on without logging it', ({ error }) => {
      expect(() => new ExternalExceptionFilter().catch(error, undefined as never)).toThrow(error);
      expect(nest).toEqual([]);
    });

    it('still logs a fault', () => {
      expect(() => new ExternalExceptionFilter().catch(fault, undefined as never)).toThrow(fault);
      expect(nest).toHaveLength(1);
    });
  });
});
