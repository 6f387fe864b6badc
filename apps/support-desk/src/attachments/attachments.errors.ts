import { defineErrors, kitErrors } from '@trustops/service-kit';

/**
 * The upload and download route's own codes (plain HTTP: attachments.controller.ts answers them with their
 * status). A closed ticket refuses files with the tickets' TICKET_CLOSED.
 */
export const attachmentErrors = defineErrors('Support desk · attachments', {
  ATTACHMENT_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No attachment with that id on a ticket you can see.',
  },
  UNSUPPORTED_FILE_TYPE: {
    category: 'BAD_USER_INPUT',
    meaning: 'Only images, PDFs, text, CSV and Office documents are attached, and their bytes must match their type.',
  },
});

/** A code the route may answer with: its own or the kit's. */
export type AttachmentRouteCode = keyof typeof attachmentErrors.codes | keyof typeof kitErrors.codes;
