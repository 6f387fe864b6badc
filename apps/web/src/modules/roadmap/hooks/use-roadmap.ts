import type { Horizon, LaneFieldsFragment, ObjectivesQuery, RisksQuery, StandardsQuery } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  MoveInitiativeDocument,
  ObjectivesDocument,
  RisksDocument,
  RoadmapDocument,
  StandardsDocument,
  TurnGapIntoInitiativeDocument,
} from '../graphql/roadmap.graphql';

export type Lane = LaneFieldsFragment;
export type RoadmapInitiative = Lane['initiatives'][number];
export type Objective = ObjectivesQuery['objectives'][number];
export type Measure = Objective['measures'][number];
export type Coverage = StandardsQuery['standardsCoverage'][number];
export type Assessment = StandardsQuery['standardAssessments'][number];
export type Risk = RisksQuery['risks'][number];

/** Query keys: the lanes and the objectives both show where each initiative sits. */
export const roadmapKeys = {
  lanes: ['roadmap'] as const,
  objectives: ['objectives'] as const,
  standards: ['standards'] as const,
  risks: ['risks'] as const,
};

export const useRoadmap = () => useGraphQLQuery(roadmapKeys.lanes, RoadmapDocument);
export const useObjectives = () => useGraphQLQuery(roadmapKeys.objectives, ObjectivesDocument);
export const useStandards = () => useGraphQLQuery(roadmapKeys.standards, StandardsDocument);
export const useRisks = () => useGraphQLQuery(roadmapKeys.risks, RisksDocument);

/** Move an initiative to another horizon (now / next / later). */
export function useMoveInitiative() {
  const move = useGraphQLMutation(MoveInitiativeDocument, () => [roadmapKeys.lanes, roadmapKeys.objectives]);
  return {
    moveTo: (id: string, horizon: Horizon) => succeeded(move.mutateAsync({ id, horizon })),
    error: move.error,
  };
}

/** Turn a standard's gap into a proposed initiative in Next. */
export function usePlanGap() {
  const turn = useGraphQLMutation(TurnGapIntoInitiativeDocument, () => [roadmapKeys.lanes, roadmapKeys.objectives]);
  return {
    planGap: (standardId: string) => succeeded(turn.mutateAsync({ standardId })),
    isSuccess: turn.isSuccess,
    error: turn.error,
  };
}
