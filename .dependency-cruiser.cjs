/**
 * Layering rules, checked in `npm test` (`npm run lint:deps`). A failing rule names the import to move.
 *   client/  → vocab/ only (never server/, seed/)
 *   server/  → vocab/, seed/, cypher/ (never client/)
 *   seed/    → vocab/, cypher/ (never server/: the server loads the seed, not the other way round)
 *   vocab/   → nothing of ours
 *   cypher/  → nothing of ours (the Cypher files and their loader)
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'client-not-server',
      comment: 'The explorer talks to the server over HTTP only; share words and types through vocab/.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|seed|cypher|bench|scripts|tests)/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server never imports the explorer; share words, colours and types through vocab/.',
      severity: 'error',
      from: { path: '^(server|seed|cypher|vocab)/' },
      to: { path: '^client/' },
    },
    {
      name: 'seed-not-server',
      comment:
        'seed/ is a library the server uses; it reaches Neo4j through cypher/ and a Driver it is given.',
      severity: 'error',
      from: { path: '^seed/' },
      to: { path: '^server/' },
    },
    {
      name: 'vocab-is-a-leaf',
      comment: 'vocab/ is pure shared vocabulary: it imports nothing of ours.',
      severity: 'error',
      from: { path: '^vocab/' },
      to: { path: '^(server|client|seed|cypher|bench|scripts|tests)/' },
    },
    {
      name: 'cypher-is-a-leaf',
      comment: 'cypher/ holds the statements and their loader: it imports nothing of ours.',
      severity: 'error',
      from: { path: '^cypher/' },
      to: { path: '^(server|client|seed|vocab|bench|scripts|tests)/' },
    },
    {
      name: 'product-not-tooling',
      comment: 'The product never imports tests, benchmarks or scripts.',
      severity: 'error',
      from: { path: '^(server|client|seed|vocab|cypher)/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, inside a folder or across folders.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.generated\\.ts$|^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
