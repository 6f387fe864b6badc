import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../db/tenant-db';
import { REDIS } from '../kit.tokens';

/** /health: the process answers (liveness). /ready: it can reach PostgreSQL and Redis (readiness). */
@Controller()
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const [database, redis] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => 'ok',
        (e: Error) => e.message,
      ),
      this.redis.ping().then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    ]);
    if (database !== 'ok' || redis !== 'ok') throw new HttpException({ status: 'not ready', database, redis }, 503);
    return { status: 'ready', database, redis };
  }
}
