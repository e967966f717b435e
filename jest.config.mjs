import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // `*.pg.test.ts` cover what exists on PostgreSQL alone (COPY, outages):
  // collected only when the suite runs on PostgreSQL.
  testPathIgnorePatterns: process.env.DATABASE_URL
    ? ['/node_modules/']
    : ['/node_modules/', '\\.pg\\.test\\.ts$'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/tests/support/empty.ts',
  },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  // Each worker holds one embedded database (~0.7 GB); two fit this machine.
  maxWorkers: 2,
  testTimeout: 30_000,
};

// postgres.js 4 ships only ES modules: let SWC compile it like our own code.
export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map(
    (pattern) => pattern.replace('/node_modules/', '/node_modules/(?!postgres/)'),
  );
  return resolved;
}
