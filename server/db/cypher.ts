/**
 * The Cypher loader lives beside the files it loads (cypher/index.ts); this re-export serves the mutation
 * resolvers (server/graphql/resolvers/mutationTx.ts), whose owner moves them to cypher/index.ts.
 */
export { query, statements } from '../../cypher/index.ts';
