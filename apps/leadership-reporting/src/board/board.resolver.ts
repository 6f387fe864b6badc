import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { requireSchoolCopy } from '@trustops/directory-copies';
import { Actor, CurrentActor, DateScalar, Roles, TenantDb } from '@trustops/service-kit';
import { S } from '../rollups/apply-event';
import { checkRange, LEADERS } from './board-rules';
import { BoardService } from './board.service';
import { Board, BoardRow } from './board.types';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

@Resolver(() => Board)
export class BoardResolver {
  constructor(
    private readonly service: BoardService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => Board, {
    description:
      'Every school of your trust with its figures for from..to (default: the last 28 days), trust totals and 12-week trends',
  })
  @Roles(...LEADERS)
  async board(
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
  ): Promise<Board> {
    const range = { from: from ?? daysAgo(27), to: to ?? today() };
    checkRange(range.from, range.to);
    return { ...range, ...(await this.service.rows(range.from, range.to, null)) };
  }

  @Query(() => BoardRow, { description: 'One school: its figures for from..to and its 12-week trend' })
  @Roles(...LEADERS)
  async schoolStatus(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
  ): Promise<BoardRow> {
    const range = { from: from ?? daysAgo(27), to: to ?? today() };
    checkRange(range.from, range.to);
    await requireSchoolCopy(this.db.em(), S, actor, schoolId);
    return (await this.service.rows(range.from, range.to, schoolId)).schools[0];
  }
}
