import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, no database) and `db` (integration and browser tests against a real Neo4j
// that tests/setup/neo4j.ts starts on a free port with a temporary directory). `db` runs its files one at a
// time because they share that database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'vocab/**/*.test.ts',
            'cypher/**/*.test.ts',
            'client/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
