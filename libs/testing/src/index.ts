export * from './graphql-client';
export * from './test-database';
export * from './test-tokens';
export * from './stack';
export * from './service-under-test';
export * from './in-process';
export * from './eventually';
export * from './metrics-text';
