import { ref } from '../entity-refs';
import { IncidentRow, TimelineEntryRow } from './incidents.repository';
import { Incident, ReviewAction, TimelineEntry } from './incidents.types';
import { ActionRow } from './reviews.repository';

/** Rows as the GraphQL types show them: federated users and schools by id. */
export const incidentView = (i: IncidentRow): Incident & { id: string } => ({
  ...i,
  schools: i.schoolIds.map((id) => ({ id })),
  commander: ref(i.commanderId),
  reviewer: ref(i.reviewerId),
});

export const entryView = (e: TimelineEntryRow): TimelineEntry => ({ ...e, author: { id: e.authorId } });

export const actionView = (a: ActionRow): ReviewAction => ({ ...a, owner: { id: a.ownerId } });
