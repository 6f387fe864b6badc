import { DomainError, notFound } from '@trustops/service-kit';

// RLS and school scope hide other rows, so "not found" also covers "not yours".
export const ticketNotFound = (ticketId: string) =>
  notFound('TICKET_NOT_FOUND', 'No ticket with that id that you can see', { ticketId });
export const schoolNotFound = (schoolId: string) =>
  notFound('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });
export const ticketConflict = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, 'CONFLICT', message, details);
