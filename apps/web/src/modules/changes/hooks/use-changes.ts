import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface Change {
  id: string;
  title: string;
  description: string;
  status: string;
  risk: string;
  classroomImpact: boolean;
  plan: string;
  backoutPlan: string;
  schools: { id: string; name: string }[];
  createdBy: { id: string; displayName: string };
  decisionComment: string | null;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  consents: { school: { id: string; name: string }; consentedBy: { displayName: string } }[];
}
export interface Freeze {
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
}
export interface CalendarRow {
  school: { id: string; name: string };
  freezes: Freeze[];
  changes: { id: string; title: string; scheduledStart: string }[];
}

const CHANGE = `id title description status risk classroomImpact plan backoutPlan schools { id name } createdBy { id displayName } decisionComment
  scheduledStart scheduledEnd consents { school { id name } consentedBy { displayName } }`;

export const useChanges = () => useGraphQLQuery<{ changes: Change[] }>(['changes'], `{ changes { ${CHANGE} } }`);

export const useChangeCalendar = (from: string, to: string) =>
  useGraphQLQuery<{ changeCalendar: CalendarRow[] }>(
    ['change-calendar', from, to],
    `query ($f: Date!, $t: Date!) { changeCalendar(from: $f, to: $t) { school { id name } freezes { kind title startsOn endsOn } changes { id title scheduledStart } } }`,
    { f: from, t: to },
  );

export const useCreateChange = () =>
  useGraphQLMutation<{ input: Record<string, unknown> }>(
    'mutation ($input: CreateChangeInput!, $idempotencyKey: String) { createChange(input: $input, idempotencyKey: $idempotencyKey) { id } }',
  );
export const useChangeStep = (mutation: string) =>
  useGraphQLMutation<{ changeId: string; comment?: string; schoolId?: string; outcome?: string }>(mutation);
export const useScheduleChange = () =>
  useGraphQLMutation<{ changeId: string; start: string; end: string }>(
    'mutation ($changeId: ID!, $start: DateTime!, $end: DateTime!) { scheduleChange(changeId: $changeId, start: $start, end: $end) { id status } }',
  );

export const SUBMIT = 'mutation ($changeId: ID!) { submitChange(changeId: $changeId) { id } }';
export const APPROVE =
  'mutation ($changeId: ID!, $comment: String) { approveChange(changeId: $changeId, comment: $comment) { id } }';
export const REJECT =
  'mutation ($changeId: ID!, $comment: String!) { rejectChange(changeId: $changeId, comment: $comment) { id } }';
export const CONSENT =
  'mutation ($changeId: ID!, $schoolId: ID!) { consentToChange(changeId: $changeId, schoolId: $schoolId) { id } }';
export const COMPLETE =
  'mutation ($changeId: ID!, $outcome: ChangeOutcome!) { completeChange(changeId: $changeId, outcome: $outcome) { id } }';
