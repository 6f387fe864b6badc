import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Depth, alias, token and cost limits. A dashboard page needs depth ~6 and a handful of aliases; the limits
 * leave room for that and refuse queries built to exhaust the services.
 */
export const LIMITS = { depth: 12, aliases: 30, tokens: 5000, cost: 20000, directives: 20 };

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { n: LIMITS.tokens },
    costLimit: { maxCost: LIMITS.cost },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Armor reports every refusal as a validation error; give each a code a client can act on. */
export function limitCode(message: string): string | null {
  if (/depth limit/i.test(message)) return 'QUERY_TOO_DEEP';
  if (/aliases limit/i.test(message)) return 'TOO_MANY_ALIASES';
  if (/token limit/i.test(message)) return 'QUERY_TOO_LARGE';
  if (/cost limit/i.test(message)) return 'QUERY_TOO_COMPLEX';
  if (/directives limit/i.test(message)) return 'TOO_MANY_DIRECTIVES';
  return null;
}
