import { Controller, Get, Req, Res } from '@nestjs/common';
import { forbidden, LiveStreams } from '@trustops/service-kit';
import type { Request, Response } from 'express';

/** Roles that see tickets (governors read the board; reviewers only their assigned incidents); a new role is refused until added. */
const SEE_TICKETS = ['STAFF', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'];

/**
 * `GET /files/tickets-live`: says `changed` when tickets of the caller's trust change (raised, assigned, replied,
 * moved, rated, SLA alerts), so the queue, a ticket page and "My requests" refetch at once. It names no ticket:
 * what the caller may see still comes from GraphQL under RLS and their school scope.
 */
@Controller('files/tickets-live')
export class TicketsLiveController {
  constructor(private readonly live: LiveStreams) {}

  @Get()
  stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.live.serve(req, res, (actor) => {
      if (!SEE_TICKETS.includes(actor.role)) throw forbidden(`Your role (${actor.role}) sees no tickets`);
    });
  }
}
