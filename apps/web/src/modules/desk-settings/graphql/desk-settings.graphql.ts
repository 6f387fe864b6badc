import { graphql } from '../../../gql';

export const SlaTargetsDocument = graphql(`
  query SlaTargets {
    slaTargets {
      priority
      firstResponseMinutes
      resolutionMinutes
      isDefault
    }
  }
`);

export const SetSlaTargetDocument = graphql(`
  mutation SetSlaTarget($priority: Priority!, $firstResponseMinutes: Int!, $resolutionMinutes: Int!) {
    setSlaTarget(
      priority: $priority
      firstResponseMinutes: $firstResponseMinutes
      resolutionMinutes: $resolutionMinutes
    ) {
      priority
    }
  }
`);

export const RoutingRulesDocument = graphql(`
  query RoutingRules {
    routingRules {
      id
      team
      category
      school {
        name
      }
      assignee {
        displayName
      }
    }
  }
`);

export const AddRoutingRuleDocument = graphql(`
  mutation AddRoutingRule($input: AddRoutingRuleInput!) {
    addRoutingRule(input: $input) {
      id
    }
  }
`);

export const RemoveRoutingRuleDocument = graphql(`
  mutation RemoveRoutingRule($id: ID!) {
    removeRoutingRule(id: $id)
  }
`);
