import { Module } from '@nestjs/common';
import { DirectoryConsumerService } from './directory-copies.consumer';
import { DirectoryCopiesService } from './directory-copies.service';

@Module({ providers: [DirectoryCopiesService, DirectoryConsumerService], exports: [DirectoryCopiesService] })
export class DirectoryCopiesModule {}
