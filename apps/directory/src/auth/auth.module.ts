import { Module } from '@nestjs/common';
import { BASE_CONFIG, BaseConfig, Clock, DATA_SOURCE, REDIS } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { MfaRepository } from '../mfa/mfa.repository';
import { MfaService } from '../mfa/mfa.service';
import { SessionsRepository } from '../sessions/sessions.repository';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService, SIGNING_KEYS } from './auth.service';
import { JwksController } from './jwks.controller';
import { SignInLimiter } from './sign-in-limiter';
import { signingKeysFor } from './signing-keys';

@Module({
  imports: [UsersModule],
  controllers: [JwksController],
  providers: [
    AuthResolver,
    AuthService,
    SessionsRepository,
    MfaRepository,
    MfaService,
    { provide: SIGNING_KEYS, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => signingKeysFor(ds) },
    {
      provide: SignInLimiter,
      inject: [REDIS, BASE_CONFIG, Clock],
      useFactory: (redis: Redis, config: BaseConfig, clock: Clock) => new SignInLimiter(redis, config.namespace, clock),
    },
  ],
  exports: [AuthService, SessionsRepository, MfaService],
})
export class AuthModule {}
