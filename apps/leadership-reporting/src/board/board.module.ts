import { Module } from '@nestjs/common';
import { CopiesReader } from '@trustops/directory-copies';
import { BoardRepository } from './board.repository';
import { BoardResolver } from './board.resolver';
import { BoardService } from './board.service';

/** The leadership board; the board pack reads the same rows through BoardService. */
@Module({
  providers: [BoardResolver, BoardService, BoardRepository, CopiesReader],
  exports: [BoardService],
})
export class BoardModule {}
