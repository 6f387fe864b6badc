export const BASE_CONFIG = Symbol('BASE_CONFIG');
export const REDIS = Symbol('REDIS');
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Event type prefixes (ServiceDefinition.liveEvents) whose relaying signals this service's live streams. */
export const LIVE_EVENTS = Symbol('LIVE_EVENTS');

/** The table each request's caller is checked against (ServiceDefinition.memberTable). */
export const MEMBER_TABLE = Symbol('MEMBER_TABLE');
