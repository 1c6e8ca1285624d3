// The chains around a batch of gap links ($ids): for each link, the chains it is a link of (at most $maxChains,
// by id). Their structure is cypher/chain-graphs.cypher.
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS link, COLLECT {
  MATCH (c:Chain)-[:HAS_LINK]->(p)
  RETURN c.id AS id ORDER BY id LIMIT toInteger($maxChains)
} AS chains
