export const BASE_CONFIG = Symbol('BASE_CONFIG');
export const REDIS = Symbol('REDIS');
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
