import { NORTHSTAR } from '@trustops/demo-data';
import { Actor } from '@trustops/service-kit';
import { As, DemoActor, factory, ok } from '@trustops/testing';
import { ChangeRow } from '../changes/changes.repository';

const oakfield = NORTHSTAR.schools[0];

/** A createChange input at Oakfield: low risk, classroom impact, with its plans (so it can be submitted). */
export const makeChangeInput = factory((n) => ({
  title: `Upgrade classroom panel firmware ${n}`,
  schoolIds: [oakfield.id] as string[],
  classroomImpact: true,
  risk: 'LOW' as string,
  plan: 'Push firmware from the console after school',
  backoutPlan: 'Roll back to the previous image',
}));

/** An openIncident input at Oakfield: a SEV3 data breach the trust became aware of on 24 October 2026. */
export const makeIncidentInput = factory((n) => ({
  title: `Staff spreadsheet emailed to a parent ${n}`,
  type: 'DATA_BREACH' as string,
  severity: 'SEV3' as string,
  schoolIds: [oakfield.id] as string[],
  awareAt: '2026-10-24T09:00:00Z' as string | Date | null,
}));

/** A raiseTechRequest input at Oakfield: an app a teacher wants for lessons. */
export const makeTechRequestInput = factory((n) => ({
  schoolId: oakfield.id,
  kind: 'APP' as string,
  title: `Padlet for class walls ${n}`,
  goal: 'Pupils post ideas to a shared wall during lessons',
  reason: 'Quieter pupils join in',
  appName: 'Padlet' as string | null,
  vendor: 'Wallwisher' as string | null,
}));

/** A change as the repository returns it, for unit tests: submitted, low risk, at one school. */
export const makeChangeRow = factory<ChangeRow>((n) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Change ${n}`,
  description: '',
  schoolIds: ['school-1'],
  classroomImpact: false,
  risk: 'LOW',
  plan: 'Do it',
  backoutPlan: 'Undo it',
  status: 'SUBMITTED',
  createdBy: 'creator',
  decidedBy: null,
  decisionComment: null,
  proposedStart: null,
  proposedEnd: null,
  scheduledStart: null,
  scheduledEnd: null,
  scheduledBy: null,
}));

export const makeActor = factory<Actor>((n) => ({
  userId: `user-${n}`,
  trustId: 'trust-1',
  role: 'ENGINEER',
  schoolIds: null,
}));

/** Creates a change through the API (as the engineer unless `who` says otherwise); its id. */
export async function newChange(
  as: As,
  over: Partial<ReturnType<typeof makeChangeInput>> = {},
  who: DemoActor = 'engineer',
): Promise<string> {
  const created = ok(
    await as(who, 'mutation ($i: CreateChangeInput!) { createChange(input: $i) { id } }', {
      i: makeChangeInput(over),
    }),
  );
  return created.createChange.id;
}

/** Opens an incident through the API (as the technician unless `who` says otherwise); its id. */
export async function newIncident(
  as: As,
  over: Partial<ReturnType<typeof makeIncidentInput>> = {},
  who: DemoActor = 'tech',
): Promise<string> {
  const opened = ok(
    await as(who, 'mutation ($i: OpenIncidentInput!) { openIncident(input: $i) { id } }', {
      i: makeIncidentInput(over),
    }),
  );
  return opened.openIncident.id;
}

/** Raises a tech request through the API (as the teacher unless `who` says otherwise); its id. */
export async function newTechRequest(
  as: As,
  over: Partial<ReturnType<typeof makeTechRequestInput>> = {},
  who: DemoActor = 'teacher',
): Promise<string> {
  const raised = ok(
    await as(who, 'mutation ($i: RaiseTechRequestInput!) { raiseTechRequest(input: $i) { id } }', {
      i: makeTechRequestInput(over),
    }),
  );
  return raised.raiseTechRequest.id;
}
