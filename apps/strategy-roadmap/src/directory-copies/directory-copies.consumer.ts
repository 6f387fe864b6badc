import { Injectable } from '@nestjs/common';
import { DirectoryCopiesConsumer } from '@trustops/directory-copies';
import { SCHEMA } from '../roadmap-schema';

/** Keeps the copies of directory's schools, members and calendars current from its events. */
@Injectable()
export class DirectoryConsumerService extends DirectoryCopiesConsumer {
  protected readonly consumer = 'strategy-roadmap';
  protected readonly schema = SCHEMA;
}
