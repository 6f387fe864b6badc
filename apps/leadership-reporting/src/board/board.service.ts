import { Injectable } from '@nestjs/common';
import { CopiesReader } from '@trustops/directory-copies';
import { Actor, Clock } from '@trustops/service-kit';
import { checkRange, mondayOf, weeksEnding } from './board-rules';
import { rowOf, totalOf, trendOf } from './board-rows';
import { BoardRepository } from './board.repository';
import { Board, BoardRow } from './board.types';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The board: per school and for the trust; figures are explained in README ("What each board figure means"). */
@Injectable()
export class BoardService {
  constructor(
    private readonly repository: BoardRepository,
    private readonly copies: CopiesReader,
    private readonly clock: Clock,
  ) {}

  /** Every school of the caller's trust (RLS) with its figures for the range, trust totals and trends. */
  async board(from?: string, to?: string): Promise<Board> {
    const range = this.range(from, to);
    return { ...range, ...(await this.rows(range.from, range.to, null)) };
  }

  /** One school the caller may see (SCHOOL_NOT_FOUND otherwise): its figures for the range and its trend. */
  async school(actor: Actor, schoolId: string, from?: string, to?: string): Promise<BoardRow> {
    const range = this.range(from, to);
    await this.copies.requireSchool(actor, schoolId);
    return (await this.rows(range.from, range.to, schoolId)).schools[0];
  }

  async rows(from: string, to: string, schoolId: string | null): Promise<{ schools: BoardRow[]; totals: BoardRow }> {
    const thisWeek = mondayOf(isoDay(this.clock.now().getTime()));
    const figures = await this.repository.figures(from, to, schoolId, thisWeek);
    const weeks = weeksEnding(to);
    const trends = await this.repository.trends(weeks[0], to, schoolId);
    const schools = figures.map((f) =>
      rowOf(
        f,
        trendOf(
          weeks,
          trends.filter((t) => t.schoolId === f.schoolId),
        ),
      ),
    );
    const trust = await this.repository.trust(thisWeek);
    return {
      schools,
      totals: rowOf(
        totalOf(figures, { ...trust, medianFr: figures[0]?.trustMedianFr ?? null }),
        trendOf(weeks, trends),
      ),
    };
  }

  /** The range asked for, by default the last 28 days up to today; refused backwards or past two years. */
  private range(from?: string, to?: string): { from: string; to: string } {
    const now = this.clock.now().getTime();
    const range = { from: from ?? isoDay(now - 27 * DAY), to: to ?? isoDay(now) };
    checkRange(range.from, range.to);
    return range;
  }
}
