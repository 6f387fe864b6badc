import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { ArticlesRepository } from './articles.repository';
import { ArticlesResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';
import { TicketArticlesResolver } from './ticket-articles.resolver';

@Module({
  imports: [DirectoryCopiesModule],
  providers: [ArticlesResolver, TicketArticlesResolver, ArticlesService, ArticlesRepository],
})
export class ArticlesModule {}
