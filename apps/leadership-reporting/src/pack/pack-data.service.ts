import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { Actor, badInput, forbidden, TenantDb } from '@trustops/service-kit';
import { checkRange } from '../board/board-rules';
import { BoardService } from '../board/board.service';
import { PackData } from './pack-data';
import { PackRepository } from './pack.repository';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything a governors' board pack says, from the rollups only (no call to another service). */
@Injectable()
export class PackDataService {
  constructor(
    private readonly db: TenantDb,
    private readonly repository: PackRepository,
    private readonly board: BoardService,
  ) {}

  /** The pack a leader asked for over the /files door (no GraphQL request, so its own tenant transaction). */
  forReader(actor: Actor, from?: string, to?: string): Promise<PackData> {
    if (!can(actor.role, 'SEE_BOARD'))
      throw forbidden('The board pack is for the IT director, executives and governors');
    if (typeof from !== 'string' || typeof to !== 'string' || !ISO_DATE.test(from) || !ISO_DATE.test(to))
      throw badInput('Give from and to as YYYY-MM-DD');
    checkRange(from, to);
    return this.db.runAsCaller(actor, () => this.gather(from, to));
  }

  /** The pack of the current trust (RLS) for from..to. */
  async gather(from: string, to: string): Promise<PackData> {
    const trust = (await this.repository.trustName()) ?? 'Your trust';
    const { schools, totals } = await this.board.rows(from, to, null);
    const incidents = await this.repository.incidents(from, to);
    const changes = await this.repository.changes(from, to);
    const initiatives = await this.repository.initiatives();
    const standards = await this.repository.standards();
    return { trust, from, to, schools, totals, incidents, changes, initiatives, standards };
  }
}
