/**
 * `pnpm admin create-trust …`: an operator (an MSP, a hosting provider) makes another trust and invites its first IT
 * director, with the same rules, audit and event as the first-run page. It opens directory's own module against
 * DATABASE_URL (and mails through SMTP_URL, as the service does), does the one thing, and exits; the running
 * directory relays the trust's events.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DATA_SOURCE } from '@trustops/service-kit';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { NewTrustService } from '../trusts/new-trust/new-trust.service';
import { parseCreateTrust } from './operator-args';

async function main(): Promise<number> {
  const args = parseCreateTrust(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    const created = await app.get(NewTrustService).createForOperator(args);
    console.log(`Created trust ${created.code} (${created.trustId}); invitation sent to ${args.directorEmail}.`);
    return 0;
  } catch (error) {
    const coded = error as { code?: string; message?: string };
    console.error(`Not created: ${coded.code ? `${coded.code}: ` : ''}${coded.message ?? String(error)}`);
    return 1;
  } finally {
    await app.close();
    await app
      .get<DataSource>(DATA_SOURCE)
      .destroy()
      .catch(() => undefined);
  }
}

void main().then((code) => process.exit(code));
