// The structure of a batch of chains ($chains: ids): each with its industry's 2025 output target, its links and
// the FEEDS edges it states. server/domain/reach.ts walks downstream of a gap and finds the links every
// raw-material-to-end-product path crosses; server/db/chainGraphs.ts keeps these under the graph's version.
// `districts`: the districts whose plans hold the industry (none: a chain of no plan) — a scope's reach counts
// only its own districts' chains (server/domain/reach.ts chainsInScope).
UNWIND $chains AS cid
MATCH (c:Chain {id: cid})
MATCH (i:Industry)-[:HAS_CHAIN]->(c)
RETURN c {.id, .name} AS chain, i.id AS industry, i.output2025 AS output2025,
  COLLECT { MATCH (i)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d:Zone) RETURN DISTINCT d.id } AS districts,
  [(c)-[:HAS_LINK]->(x:Product) | x.id] AS links,
  // Edges are read from their downstream end (a product has few materials; a raw material like 面粉 feeds
  // thousands of products): the edges the chain states (c.id IN f.chains) join two of its links.
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(b:Product)<-[f:FEEDS]-(a:Product)
    WHERE c.id IN f.chains
    RETURN {from: a.id, to: b.id}
  } AS feeds
ORDER BY c.id
