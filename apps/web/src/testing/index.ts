/** Test helpers other packages may use: `import { startWeb, launchBrowser } from '@trustops/web/testing'`. */
export * from './start-web';
export * from './browser';
