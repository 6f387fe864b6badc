/** Seams for tests of a service (never imported by src outside specs and testing/): `@trustops/service-kit/testing`. */
export { FixedClock } from './clock';
export { isErrorCatalogue } from './errors/error-catalogue';
