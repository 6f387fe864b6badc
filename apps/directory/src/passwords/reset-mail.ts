import type { OutgoingMail } from '@trustops/mail';

/** The reset link as the person reads it: what it does, how long it lasts, and what to do if they did not ask. */
export function resetMail(to: string, displayName: string, link: string): OutgoingMail {
  return {
    to,
    subject: 'Reset your TrustOps password',
    text: [
      `Hello ${displayName},`,
      '',
      'Someone (we hope you) asked to reset your TrustOps password. Open this link to choose a new one',
      '(it works once, for an hour):',
      link,
      '',
      'If you did not ask, ignore this email: your password stays as it is. If it keeps happening, tell your IT team.',
    ].join('\n'),
  };
}
