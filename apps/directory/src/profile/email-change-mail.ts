import type { OutgoingMail } from '@trustops/mail';

/** Sent to the new address: opening the link proves it is theirs, and only then does the email change. */
export function confirmEmailMail(to: string, displayName: string, link: string): OutgoingMail {
  return {
    to,
    subject: 'Confirm your new TrustOps email',
    text: [
      `Hello ${displayName},`,
      '',
      'You asked TrustOps to use this address for your account. Open this link to confirm it',
      '(it works once, for 24 hours):',
      link,
      '',
      'Until you do, you keep signing in with your old email. If you did not ask, ignore this email.',
    ].join('\n'),
  };
}

/** Sent to the old address at once: if someone else asked, the owner hears before it happens. */
export function emailChangeNoticeMail(to: string, displayName: string, newEmail: string): OutgoingMail {
  return {
    to,
    subject: 'Your TrustOps email is about to change',
    text: [
      `Hello ${displayName},`,
      '',
      `Someone signed in as you asked TrustOps to use ${newEmail} for your account instead of this address.`,
      'It changes only when that address confirms it.',
      '',
      'If this was not you, change your password now (and sign out everywhere from your profile), and tell your IT team.',
    ].join('\n'),
  };
}
