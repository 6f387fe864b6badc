export * from './processes';
export * from './services';
export * from './stack';
export * from './connection-budget';
export * from './embedded-postgres';
