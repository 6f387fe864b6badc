import { Module } from '@nestjs/common';
import { BoardLiveController } from './board-live.controller';

/** The live board: a stream that tells open boards to refetch when their trust's figures change. */
@Module({ controllers: [BoardLiveController] })
export class LiveModule {}
