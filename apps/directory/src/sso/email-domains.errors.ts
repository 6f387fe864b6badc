import { defineErrors } from '@trustops/service-kit';

export const domainErrors = defineErrors('Directory · email domains', {
  EMAIL_DOMAIN_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: "No email domain by that name among your trust's identity providers: add it to a provider first.",
  },
  EMAIL_DOMAIN_NOT_VERIFIED: {
    category: 'CONFLICT',
    meaning:
      'The TXT record was not found at the domain (the message names it and its value): add it at your DNS host; a change can take an hour to appear.',
  },
  EMAIL_DOMAIN_CHECK_UNAVAILABLE: {
    category: 'UNAVAILABLE',
    meaning: 'The DNS lookup did not answer: try again in a moment.',
  },
});
