// The chains around a batch of gap links ($ids): each chain that has one of them as a link (at most $maxChains
// per link, by id), once, with its industry's 2025 output target, its links and the FEEDS edges it states.
// server/domain/reach.ts walks downstream and finds the links every raw-material-to-end-product path crosses.
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
CALL (p) {
  MATCH (c:Chain)-[:HAS_LINK]->(p)
  RETURN c ORDER BY c.id LIMIT toInteger($maxChains)
}
WITH c, collect(p.id) AS gaps
MATCH (i:Industry)-[:HAS_CHAIN]->(c)
RETURN c {.id, .name} AS chain, gaps, i.id AS industry, i.output2025 AS output2025,
  [(c)-[:HAS_LINK]->(x:Product) | x.id] AS links,
  // Edges are read from their downstream end (a product has few materials; a raw material like 面粉 feeds
  // thousands of products): the edges the chain states (c.id IN f.chains) join two of its links.
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(b:Product)<-[f:FEEDS]-(a:Product)
    WHERE c.id IN f.chains
    RETURN {from: a.id, to: b.id}
  } AS feeds
ORDER BY c.id
