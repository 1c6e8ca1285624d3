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
          // Not a speed limit (speed is measured by `npm run bench`): some unit tests evaluate whole corpora
          // (corpus.test.ts, the learned-decision tests) and take 2-10 s on a quiet 2-core machine, more when CI
          // runs the database tests beside them; the default 5 s made them fail for load alone. A hang still fails.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          // The per-client limits (RATE_LIMIT_*) are off for the suite, which calls the app far faster than a
          // person; tests/integration/abuse.test.ts passes its own small limits to createApp.
          env: {
            RATE_LIMIT_BRIEFINGS: '0',
            RATE_LIMIT_EXPORTS: '0',
            RATE_LIMIT_UPLOADS: '0',
            RATE_LIMIT_GRAPHQL: '0',
          },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
