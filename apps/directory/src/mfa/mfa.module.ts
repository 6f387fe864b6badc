import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MfaResolver } from './mfa.resolver';

/** Two-step sign-in's API (the service lives with sign-in, in AuthModule, which asks for it). */
@Module({ imports: [AuthModule], providers: [MfaResolver] })
export class MfaModule {}
