// Keeps the pool's main-product rows that can make an edge (weight > 0) in the graph, so that the server re-matches
// them when a plan or an alias changes the links (server/pool/rematch.ts) without the chainkg files. One node of
// parallel lists: row i is (enterprises[i], names[i], weights[i]), keys[i] its normalised name (rows.cypher filters on it). Not on the firms: their `e {.*}` projections
// (gap candidates, enterprise pages) would carry the lists.
MERGE (s:PoolMainProducts {id: 'chainkg'})
SET s.enterprises = $enterprises, s.names = $names, s.weights = $weights, s.keys = $keys
