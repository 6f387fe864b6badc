/** What a service's migrations use to create tenant tables under RLS: `@trustops/service-kit/migrations`. */
export {
  TRUST_ID_COLUMN,
  grantToApp,
  kitTablesSql,
  systemOnlyTableSql,
  systemPolicy,
  tenantTablePolicies,
} from './db/migration-sql';
export { idempotencyMigration } from './idempotency/idempotency-sql';
