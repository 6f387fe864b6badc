import { Module } from '@nestjs/common';
import { ReportingConsumerService } from './reporting-consumer.service';

/** The rollups: other services' events folded into the tables the board reads. */
@Module({ providers: [ReportingConsumerService] })
export class RollupsModule {}
