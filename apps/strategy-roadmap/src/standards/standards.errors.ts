import { defineErrors } from '@trustops/service-kit';

export const standardErrors = defineErrors('Strategy roadmap · standards', {
  STANDARD_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No DfE digital and technology standard with that id (`standardId`); `standards` lists them.',
  },
});
