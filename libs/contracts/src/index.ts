export * from './envelope';
export * from './directory-events';
export * from './routes';
export * from './ticket-events';
export * from './change-events';
export * from './roadmap-events';
