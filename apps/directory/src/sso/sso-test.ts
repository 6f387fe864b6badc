/** What a director's test sign-in found: what a real sign-in by that person would do, in words. */
export interface TestOutcome {
  outcome: 'SIGNS_IN' | 'LINKS' | 'ACCEPTS_INVITATION' | 'ADDS' | string;
  message: string;
}

export type TestFound = { by: 'link'; active: boolean } | { by: 'email' } | { by: 'none'; invitation: unknown | null };

/** The words for a match (refusals come from the flow's own coded errors). */
export function testOutcome(found: TestFound, email: string, trust: string, allowNewMembers: boolean): TestOutcome {
  if (found.by === 'link')
    return found.active
      ? { outcome: 'SIGNS_IN', message: `${email} signs in to ${trust}: they are linked to this provider.` }
      : { outcome: 'SSO_NO_MEMBER', message: `${email} is linked, but is not an active member of ${trust}.` };
  if (found.by === 'email')
    return {
      outcome: 'LINKS',
      message: `${email} signs in to ${trust}: their first sign-in links them to this provider by their verified email.`,
    };
  if (found.invitation)
    return { outcome: 'ACCEPTS_INVITATION', message: `${email} has an invitation: signing in accepts it.` };
  if (allowNewMembers)
    return { outcome: 'ADDS', message: `${email} is not a member: signing in adds them to ${trust} as staff.` };
  return {
    outcome: 'SSO_NO_MEMBER',
    message: `${email} is not a member of ${trust}: they would be asked to get an invitation. Nothing was changed.`,
  };
}
