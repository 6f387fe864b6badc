import type { Role } from '@trustops/contracts';
import type { OutgoingMail } from '@trustops/mail';
import { INVITATION_DAYS } from './link-token';

const ROLE_NAMES: Record<Role, string> = {
  IT_DIRECTOR: 'IT director',
  TECHNICIAN: 'technician',
  ENGINEER: 'engineer',
  EXECUTIVE: 'executive',
  STAFF: 'member of staff',
  GOVERNOR: 'governor',
  REVIEWER: 'independent reviewer',
};

export interface InvitationMailInput {
  to: string;
  displayName: string;
  trustName: string;
  role: Role;
  inviterName: string;
  link: string;
}

/** The invitation as the person reads it: who asked, for what, the link and how long it lasts. */
export function invitationMail(m: InvitationMailInput): OutgoingMail {
  const role = ROLE_NAMES[m.role];
  return {
    to: m.to,
    subject: `You are invited to ${m.trustName} on TrustOps`,
    text: [
      `Hello ${m.displayName},`,
      '',
      `${m.inviterName} has invited you to join ${m.trustName} on TrustOps as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}.`,
      '',
      `Open this link to join (it works once, for ${INVITATION_DAYS} days):`,
      m.link,
      '',
      'If you already use TrustOps with another trust, sign in with the password you use there.',
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
  };
}
