import { DomainError, notFound } from '@trustops/service-kit';

export const changeNotFound = (changeId: string) =>
  notFound('CHANGE_NOT_FOUND', 'No change with that id that you can see', { changeId });
export const changeRefused = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(
    code,
    code === 'FORBIDDEN' || code === 'SELF_APPROVAL' || code === 'CHANGE_NEEDS_DIRECTOR' ? 'FORBIDDEN' : 'CONFLICT',
    message,
    details,
  );
