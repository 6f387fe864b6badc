import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

@Module({
  imports: [UsersModule],
  providers: [AuditLogResolver, AuditLogService, AuditLogRepository],
})
export class AuditLogModule {}
