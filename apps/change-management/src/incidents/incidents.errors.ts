import { defineErrors } from '@trustops/service-kit';

// RLS, school scope and a reviewer's assignment hide other incidents, so "not found" also covers "not yours".
export const incidentErrors = defineErrors('Change management · incidents and reviews', {
  INCIDENT_NOT_FOUND: { category: 'NOT_FOUND', meaning: 'No incident with that id that you can see (`incidentId`).' },
  INCIDENT_CLOSED: {
    category: 'CONFLICT',
    meaning: 'The incident is reviewed and closed: nothing more is added to it and its reviewer stays.',
  },
  INCIDENT_STATE_MOVE: {
    category: 'CONFLICT',
    meaning: 'The incident cannot move to that state from where it is (`from`, `to`); the message lists the moves.',
  },
  INCIDENT_REVIEW_REQUIRED: {
    category: 'CONFLICT',
    meaning: 'SEV1, SEV2 and data-breach incidents close as REVIEWED only once their independent review is published.',
  },
  INCIDENT_NOT_RESOLVED: {
    category: 'CONFLICT',
    meaning: 'A review is published once the incident is RESOLVED.',
  },
  REVIEWER_NOT_INDEPENDENT: {
    category: 'CONFLICT',
    meaning: 'The reviewer worked the incident or a linked change (`problems` says how); choose someone who did not.',
  },
  REVIEW_ALREADY_PUBLISHED: { category: 'CONFLICT', meaning: "The incident's review is already published." },
  ACTION_NOT_FOUND: { category: 'NOT_FOUND', meaning: 'No review action with that id that you can see (`actionId`).' },
});

export const incidentNotFound = (incidentId: string) =>
  incidentErrors.error('INCIDENT_NOT_FOUND', 'No incident with that id that you can see', { incidentId });
