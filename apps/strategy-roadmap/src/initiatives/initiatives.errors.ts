import { notFound } from '@trustops/service-kit';

export const initiativeNotFound = (initiativeId: string) =>
  notFound('INITIATIVE_NOT_FOUND', 'No initiative with that id in your trust', { initiativeId });
