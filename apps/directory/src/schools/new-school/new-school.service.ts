import { Injectable } from '@nestjs/common';
import { Actor } from '@trustops/service-kit';
import { DefaultCalendarService } from '../../calendar/default-calendar.service';
import { SchoolEntity } from '../school.entity';
import { SchoolsService } from '../schools.service';
import { AddSchoolInput } from '../schools.types';

@Injectable()
export class NewSchoolService {
  constructor(
    private readonly schools: SchoolsService,
    private readonly calendars: DefaultCalendarService,
  ) {}

  /**
   * The school and its calendar commit together (one request transaction), so the desk's SLA clocks and change
   * management's freezes never see a school without terms.
   */
  async add(actor: Actor, input: AddSchoolInput): Promise<SchoolEntity> {
    const { school } = await this.schools.add(input);
    await this.calendars.giveDefault(actor, school);
    return school;
  }
}
