import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { PackController } from './pack.controller';
import { PackDataService } from './pack-data.service';
import { PackRepository } from './pack.repository';

/** The governors' board pack (HTML and PDF); the schedules send the same pack by email. */
@Module({
  imports: [BoardModule],
  controllers: [PackController],
  providers: [PackDataService, PackRepository],
  exports: [PackDataService],
})
export class PackModule {}
