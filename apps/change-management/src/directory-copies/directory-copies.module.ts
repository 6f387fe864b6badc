import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { DirectoryConsumerService } from './directory-consumer.service';
import { DirectoryCopiesRepository } from './directory-copies.repository';

/** Change management's copies of directory's schools, calendars and members, and the consumer that keeps them. */
@Module({
  imports: [EventsModule],
  providers: [DirectoryCopiesRepository, DirectoryConsumerService],
  exports: [DirectoryCopiesRepository],
})
export class DirectoryCopiesModule {}
