/**
 * Test support of @zairyu/core for other packages' tests (`@zairyu/core/testing`): run a suite on SQLite
 * and PostgreSQL with describeEachDialect.
 */
export {
  describeEachDialect,
  openTestDatabase,
  POSTGRES_TEST_URL,
  postgresUnavailable,
  systemRequired,
  type TestDatabase,
} from './dialects.ts';
