import { defineErrors } from '@trustops/service-kit';

// Others' requests are hidden from all but deciders and executives, so "not found" also covers "not yours".
export const requestErrors = defineErrors('Change management · tech requests', {
  REQUEST_NOT_FOUND: { category: 'NOT_FOUND', meaning: 'No tech request with that id that you can see (`requestId`).' },
  REQUEST_ALREADY_DECIDED: {
    category: 'CONFLICT',
    meaning: 'The request has its decision already; the requester may appeal a "no" once.',
  },
  REQUEST_ALREADY_APPEALED: { category: 'CONFLICT', meaning: 'A request is appealed once, and this one has been.' },
  REQUEST_NOT_DECLINED: { category: 'CONFLICT', meaning: 'Only a declined request can be appealed.' },
  REQUEST_NOT_APPEALED: { category: 'CONFLICT', meaning: 'There is no open appeal on this request to decide.' },
});

export const requestNotFound = (requestId: string) =>
  requestErrors.error('REQUEST_NOT_FOUND', 'No tech request with that id that you can see', { requestId });
