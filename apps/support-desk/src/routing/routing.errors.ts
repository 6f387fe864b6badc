import { defineErrors } from '@trustops/service-kit';

export const routingErrors = defineErrors('Support desk · routing', {
  ROUTING_RULE_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No routing rule with that id in your trust; it may have been removed already.',
  },
});
