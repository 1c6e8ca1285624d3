// The chains around a batch of gap links ($ids): for each link, the chains it is a link of (at most $maxChains,
// by id), each with the districts whose plans hold it (none: a chain of no plan). A scope keeps its own chains
// among them before it takes the few a reach counts (server/db/chainGraphs.ts); their structure is
// cypher/chain-graphs.cypher.
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS link, COLLECT {
  MATCH (c:Chain)-[:HAS_LINK]->(p)
  WITH c ORDER BY c.id LIMIT toInteger($maxChains)
  RETURN {id: c.id, districts: COLLECT {
    MATCH (c)<-[:HAS_CHAIN]-(:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d:Zone) RETURN DISTINCT d.id
  }}
} AS chains
