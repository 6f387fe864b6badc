import { ref } from '../federated-refs';
import { Lane as LaneRows } from './initiative-rules';
import { InitiativeRow } from './initiatives.repository';
import { Initiative, Lane } from './initiatives.types';

/** An initiative as GraphQL shows it: its schools and owner as federated references. */
export const initiativeView = (i: InitiativeRow) => ({
  ...i,
  schools: i.schoolIds.map((id) => ({ id })),
  owner: ref(i.ownerId),
});

export const laneView = (lane: LaneRows<InitiativeRow>): Lane => ({
  ...lane,
  initiatives: lane.initiatives.map(initiativeView) as Initiative[],
});
