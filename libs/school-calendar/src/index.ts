export * from './academic-year';
export * from './calendar';
export * from './dates';
export * from './freezes';
export * from './terms';
export * from './working-time';
export * from './zoned';
