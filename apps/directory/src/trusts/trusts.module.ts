import { Module } from '@nestjs/common';
import { TrustsRepository } from './trusts.repository';

/** Trusts have no resolver of their own: they are read as part of a member's view (me, sign-in). */
@Module({ providers: [TrustsRepository], exports: [TrustsRepository] })
export class TrustsModule {}
