export * from './apply-event';
export * from './consumer';
export * from './copies-sql';
export * from './read';
export * from './seed';
export * from './graph-refs';
export * from './copies-reader';
export * from './directory-copies.errors';
