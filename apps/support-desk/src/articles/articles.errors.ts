import { defineErrors } from '@trustops/service-kit';

export const articleErrors = defineErrors('Support desk · knowledge articles', {
  ARTICLE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No knowledge article with that id in your trust.',
  },
});
