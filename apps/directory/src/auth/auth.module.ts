import { Module } from '@nestjs/common';
import { BASE_CONFIG, BaseConfig, DATA_SOURCE, REDIS } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { MembershipsRepository } from '../users/memberships.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService, SIGNING_KEYS } from './auth.service';
import { JwksController } from './jwks.controller';
import { SignInLimiter } from './sign-in-limiter';
import { signingKeysFor } from './signing-keys';

@Module({
  controllers: [JwksController],
  providers: [
    AuthResolver,
    AuthService,
    MembershipsRepository,
    { provide: SIGNING_KEYS, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => signingKeysFor(ds) },
    {
      provide: SignInLimiter,
      inject: [REDIS, BASE_CONFIG],
      useFactory: (redis: Redis, config: BaseConfig) => new SignInLimiter(redis, config.namespace),
    },
  ],
})
export class AuthModule {}
