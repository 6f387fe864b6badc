import { defineErrors } from '@trustops/service-kit';

export const wondeErrors = defineErrors('Directory · Wonde', {
  WONDE_TOKEN_REFUSED: {
    category: 'BAD_USER_INPUT',
    meaning:
      'Wonde refused the access token: copy it again from the Wonde portal (My Integrations → your integration).',
  },
  WONDE_UNAVAILABLE: {
    category: 'UNAVAILABLE',
    meaning: 'Wonde did not answer, or answered with an error, part way through: nothing was changed. Try again later.',
  },
  WONDE_NO_SCHOOLS: {
    category: 'CONFLICT',
    meaning:
      "None of the schools that approved the integration in Wonde has the URN of one of the trust's schools: ask each school to approve it, or add the school to the trust.",
  },
  WONDE_ADDRESS_REFUSED: {
    category: 'BAD_USER_INPUT',
    meaning: 'The Wonde API address must be https://api.wonde.com/v1.0 or one of its regional addresses.',
  },
});

export const tokenRefused = () =>
  wondeErrors.error('WONDE_TOKEN_REFUSED', 'Wonde refused the access token: copy it again from the Wonde portal', {
    field: 'token',
  });
export const wondeUnavailable = (what: string) =>
  wondeErrors.error('WONDE_UNAVAILABLE', `Wonde did not answer (${what}): nothing was changed, try again later`);
export const noSchools = () =>
  wondeErrors.error(
    'WONDE_NO_SCHOOLS',
    "No school that approved the integration in Wonde has the URN of one of the trust's schools",
  );
export const addressRefused = () =>
  wondeErrors.error(
    'WONDE_ADDRESS_REFUSED',
    'The Wonde API address must be https://api.wonde.com/v1.0 or a regional one (api-ap-southeast-2.wonde.com…)',
    { field: 'apiUrl' },
  );
