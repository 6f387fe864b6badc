/** The strategy roadmap's own PostgreSQL schema: every repository's tables live in it. */
export const SCHEMA = 'strategy_roadmap';
