import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { KitCode } from './kit-codes';

/**
 * Depth, alias, token and cost limits. A dashboard page needs depth ~6 and a handful of aliases; the limits
 * leave room for that and refuse queries built to exhaust the services.
 */
export const LIMITS = { depth: 12, aliases: 30, tokens: 5000, cost: 20000, directives: 20 };

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
    // Armor leaves `__typename` out of the count by default, so 1,000 `aN: __typename` passed; every alias costs.
    maxAliases: { n: LIMITS.aliases, allowList: [] },
    // Tokens are counted by graphql-js's parser instead (parseOptions): armor's count throws before parsing,
    // where Apollo can only answer 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.cost },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The parser stops at the token limit itself: a refusal Apollo answers 400, and no document is built past it. */
export const parseOptions = { maxTokens: LIMITS.tokens };

/** Armor (and the parser, for tokens) report each refusal as a plain error; give each a code a client can act on. */
export function limitCode(message: string): KitCode | null {
  if (/depth limit/i.test(message)) return 'QUERY_TOO_DEEP';
  if (/aliases limit/i.test(message)) return 'TOO_MANY_ALIASES';
  if (/more tha[nt] \d+ tokens/i.test(message)) return 'QUERY_TOO_LARGE'; // graphql-js 16 writes "more that"
  if (/cost limit/i.test(message)) return 'QUERY_TOO_COMPLEX';
  if (/directives limit/i.test(message)) return 'TOO_MANY_DIRECTIVES';
  return null;
}
