import { INestApplication, Type } from '@nestjs/common';
import { bootstrapService } from './bootstrap';
import { createLogger } from './logging/logger';

/**
 * A service's main: start it, seed the demo data when SEED_DEMO=true, and on a bad setting or an unreachable
 * database say so plainly and stop.
 */
export function runServiceMain(
  name: string,
  appModule: Type<unknown>,
  seed?: (app: INestApplication) => Promise<void>,
): void {
  bootstrapService(appModule, {
    async prepare(app) {
      if (process.env.SEED_DEMO !== 'true' || !seed) return;
      await seed(app);
      createLogger('Seed').info('demo data ready');
    },
  }).catch((error) => {
    process.stderr.write(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
