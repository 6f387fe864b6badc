import type { AddRoutingRuleInput, Priority } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  AddRoutingRuleDocument,
  RemoveRoutingRuleDocument,
  RoutingRulesDocument,
  SetSlaTargetDocument,
  SlaTargetsDocument,
} from '../graphql/desk-settings.graphql';

/** Query keys. New targets apply only to tickets raised from now on, so no ticket query changes with them. */
export const deskSettingsKeys = { slaTargets: ['sla-targets'] as const, routingRules: ['routing-rules'] as const };

export const useSlaTargets = () => useGraphQLQuery(deskSettingsKeys.slaTargets, SlaTargetsDocument);
export const useRoutingRules = () => useGraphQLQuery(deskSettingsKeys.routingRules, RoutingRulesDocument);

export function useSetSlaTarget() {
  const set = useGraphQLMutation(SetSlaTargetDocument, () => [deskSettingsKeys.slaTargets]);
  return {
    setTarget: (priority: Priority, minutes: { firstResponse: number; resolution: number }) =>
      succeeded(
        set.mutateAsync({
          priority,
          firstResponseMinutes: minutes.firstResponse,
          resolutionMinutes: minutes.resolution,
        }),
      ),
    isPending: set.isPending,
    error: set.error,
  };
}

export function useRoutingRuleEdits() {
  const rules = () => [deskSettingsKeys.routingRules];
  const add = useGraphQLMutation(AddRoutingRuleDocument, rules);
  const remove = useGraphQLMutation(RemoveRoutingRuleDocument, rules);
  return {
    addRule: (input: AddRoutingRuleInput) => succeeded(add.mutateAsync({ input })),
    removeRule: (id: string) => succeeded(remove.mutateAsync({ id })),
    isAdding: add.isPending,
    error: add.error ?? remove.error,
  };
}
