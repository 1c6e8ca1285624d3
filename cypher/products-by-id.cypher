// Products with their chains, direct upstream and downstream links, and local producers (the first $maxListed by
// name, and their count as the writers store it: cypher/link-counts/refresh.cypher) (DataLoader).
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p {.*,
  chains: COLLECT { MATCH (c:Chain)-[:HAS_LINK]->(p) WITH DISTINCT c ORDER BY c.id RETURN c {.id, .name} },
  upstream: COLLECT { MATCH (u:Product)-[:FEEDS]->(p) WITH u ORDER BY u.name RETURN u {.id, .name} },
  downstream: COLLECT { MATCH (p)-[:FEEDS]->(d:Product) WITH d ORDER BY d.name RETURN d {.id, .name} },
  targets: COLLECT { MATCH (t:Enterprise)-[:TARGET_FOR]->(p) WITH t ORDER BY t.name RETURN t {.*} },
  allProducers: COLLECT {
    MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
    WHERE coalesce(p.producerCount, 0) > 0
    OPTIONAL MATCH (e)-[:LOCATED_IN]->(ez:Zone)
    WITH DISTINCT e, ez ORDER BY e.name LIMIT toInteger($maxListed)
    RETURN e {.*, zone: ez {.id, .name, .kind}}
  },
  producerTotal: coalesce(p.producerCount, 0),
  allProjects: COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    WITH DISTINCT pr, pz ORDER BY pr.name
    RETURN pr {.*, zone: pz {.id, .name, .kind}}
  }
} AS product
