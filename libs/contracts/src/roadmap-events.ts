/** What the strategy roadmap tells other services (leadership reporting rolls these up). */
export interface InitiativeChanged {
  initiativeId: string;
  title: string;
  schoolIds: string[];
  horizon: string;
  status: string;
  rag: string;
  objectiveIds: string[];
}
export interface StandardAssessed {
  schoolId: string;
  standardId: string;
  code: string;
  level: string;
  assessedOn: string;
}
export interface RiskChanged {
  riskId: string;
  likelihood: number;
  impact: number;
  score: number;
  status: string;
}
export interface MeasureUpdated {
  measureId: string;
  objectiveId: string;
  current: number;
  target: number;
  recordedOn: string;
}

export interface RoadmapEvents {
  'initiative.created': InitiativeChanged;
  'initiative.moved': InitiativeChanged;
  'initiative.status_changed': InitiativeChanged;
  'standard.assessed': StandardAssessed;
  'risk.changed': RiskChanged;
  'measure.updated': MeasureUpdated;
}
