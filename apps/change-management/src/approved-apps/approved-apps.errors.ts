import { defineErrors } from '@trustops/service-kit';

export const approvedAppErrors = defineErrors('Change management · approved apps', {
  APP_NOT_FOUND: { category: 'NOT_FOUND', meaning: "No app with that id in your trust's register (`appId`)." },
});
