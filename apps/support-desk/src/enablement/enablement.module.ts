import { Module } from '@nestjs/common';
import { EnablementRepository } from './enablement.repository';
import { EnablementResolver } from './enablement.resolver';
import { EnablementService } from './enablement.service';

@Module({ providers: [EnablementResolver, EnablementService, EnablementRepository] })
export class EnablementModule {}
