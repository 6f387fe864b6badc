import { graphql } from '../../../gql';

graphql(`
  fragment LaneFields on Lane {
    capitalCost
    revenueCost
    initiatives {
      id
      title
      problem
      status
      rag
      ragReason
      capitalCost
      revenueCost
      horizon
      objectives {
        id
        title
      }
      owner {
        displayName
      }
    }
  }
`);

export const RoadmapDocument = graphql(`
  query Roadmap {
    roadmap {
      now {
        ...LaneFields
      }
      next {
        ...LaneFields
      }
      later {
        ...LaneFields
      }
    }
  }
`);

export const ObjectivesDocument = graphql(`
  query Objectives {
    objectives {
      id
      title
      description
      measures {
        id
        name
        unit
        baseline
        target
        current
        progress
        history {
          value
          recordedOn
        }
      }
      initiatives {
        id
        title
        rag
        horizon
      }
    }
  }
`);

export const StandardsDocument = graphql(`
  query Standards {
    standardsCoverage {
      standard {
        id
        code
        title
      }
      met
      partlyMet
      notMet
      notAssessed
    }
    standardAssessments {
      level
      school {
        id
        name
      }
      standard {
        id
        code
      }
    }
  }
`);

export const RisksDocument = graphql(`
  query Risks {
    risks {
      id
      title
      likelihood
      impact
      score
      mitigation
      status
      owner {
        displayName
      }
    }
  }
`);

export const MoveInitiativeDocument = graphql(`
  mutation MoveInitiative($id: ID!, $horizon: Horizon!) {
    moveInitiative(id: $id, horizon: $horizon) {
      id
      horizon
    }
  }
`);

export const TurnGapIntoInitiativeDocument = graphql(`
  mutation TurnGapIntoInitiative($standardId: ID!) {
    turnGapIntoInitiative(standardId: $standardId) {
      id
    }
  }
`);
