import { Controller, Get, Req, Res } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { forbidden, LiveStreams } from '@trustops/service-kit';
import type { Request, Response } from 'express';

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
      // Those who use the desk (governors read the board; reviewers only their assigned incidents).
      if (!can(actor.role, 'USE_DESK')) throw forbidden(`Your role (${actor.role}) sees no tickets`);
    });
  }
}
