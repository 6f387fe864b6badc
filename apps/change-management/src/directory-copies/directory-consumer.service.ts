import { Injectable } from '@nestjs/common';
import { DirectoryCopiesConsumer } from '@trustops/directory-copies';
import { SCHEMA } from '../service-schema';

/** Keeps the copies of schools and calendars (hence freezes) current from directory's events. */
@Injectable()
export class DirectoryConsumerService extends DirectoryCopiesConsumer {
  protected readonly consumer = 'change-management';
  protected readonly schema = SCHEMA;
}
