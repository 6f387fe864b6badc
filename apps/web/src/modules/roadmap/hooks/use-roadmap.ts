import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface RoadmapInitiative {
  id: string;
  title: string;
  problem: string;
  status: string;
  rag: string;
  ragReason: string | null;
  capitalCost: number;
  revenueCost: number;
  horizon: string;
  objectives: { id: string; title: string }[];
  owner: { displayName: string } | null;
}
export interface Lane {
  capitalCost: number;
  revenueCost: number;
  initiatives: RoadmapInitiative[];
}
export interface Measure {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  current: number;
  progress: number;
  history: { value: number; recordedOn: string }[];
}
export interface Objective {
  id: string;
  title: string;
  description: string;
  measures: Measure[];
  initiatives: { id: string; title: string; rag: string; horizon: string }[];
}

const INITIATIVE =
  'id title problem status rag ragReason capitalCost revenueCost horizon objectives { id title } owner { displayName }';
const LANE = `capitalCost revenueCost initiatives { ${INITIATIVE} }`;

export const useRoadmap = () =>
  useGraphQLQuery<{ roadmap: { now: Lane; next: Lane; later: Lane } }>(
    ['roadmap'],
    `{ roadmap { now { ${LANE} } next { ${LANE} } later { ${LANE} } } }`,
  );
export const useMoveInitiative = () =>
  useGraphQLMutation<{ id: string; horizon: string }>(
    'mutation ($id: ID!, $horizon: Horizon!) { moveInitiative(id: $id, horizon: $horizon) { id horizon } }',
  );
export const useObjectives = () =>
  useGraphQLQuery<{ objectives: Objective[] }>(
    ['objectives'],
    '{ objectives { id title description measures { id name unit baseline target current progress history { value recordedOn } } initiatives { id title rag horizon } } }',
  );

export interface Assessment {
  level: string;
  school: { id: string; name: string };
  standard: { id: string; code: string };
}
export interface Coverage {
  standard: { id: string; code: string; title: string };
  met: number;
  partlyMet: number;
  notMet: number;
  notAssessed: number;
}
export const useStandards = () =>
  useGraphQLQuery<{ standardsCoverage: Coverage[]; standardAssessments: Assessment[] }>(
    ['standards'],
    '{ standardsCoverage { standard { id code title } met partlyMet notMet notAssessed } standardAssessments { level school { id name } standard { id code } } }',
  );
export const useTurnGap = () =>
  useGraphQLMutation<{ standardId: string }>(
    'mutation ($standardId: ID!) { turnGapIntoInitiative(standardId: $standardId) { id } }',
  );

export interface Risk {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  score: number;
  mitigation: string;
  status: string;
  owner: { displayName: string } | null;
}
export const useRisks = () =>
  useGraphQLQuery<{ risks: Risk[] }>(
    ['risks'],
    '{ risks { id title likelihood impact score mitigation status owner { displayName } } }',
  );
