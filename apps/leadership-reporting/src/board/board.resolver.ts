import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, DateScalar } from '@trustops/service-kit';
import { BoardService } from './board.service';
import { Board, BoardRow } from './board.types';

@Resolver(() => Board)
export class BoardResolver {
  constructor(private readonly service: BoardService) {}

  @Query(() => Board, {
    description:
      'Every school of your trust with its figures for from..to (default: the last 28 days), trust totals and 12-week trends',
  })
  @Can('SEE_BOARD')
  board(
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
  ): Promise<Board> {
    return this.service.board(from, to);
  }

  @Query(() => BoardRow, { description: 'One school: its figures for from..to and its 12-week trend' })
  @Can('SEE_BOARD')
  schoolStatus(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
  ): Promise<BoardRow> {
    return this.service.school(actor, schoolId, from, to);
  }
}
