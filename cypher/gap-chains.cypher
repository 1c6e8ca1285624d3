// The chains around a batch of gap links ($ids): the chains each is a link of (at most $maxChains per link, by
// id), each chain once. Their structure is cypher/chain-graphs.cypher.
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
CALL (p) {
  MATCH (c:Chain)-[:HAS_LINK]->(p)
  RETURN c ORDER BY c.id LIMIT toInteger($maxChains)
}
RETURN DISTINCT c.id AS id
ORDER BY id
