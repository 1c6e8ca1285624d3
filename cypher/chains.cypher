// Chains with their links, FEEDS edges and each link's evidence (local producers and projects) in a scope.
// $ids: chain ids or null; $industries: industry ids or null; $zone: zone id or null (= whole district).
// Returns one row per chain; the scope is the zone and every zone PART_OF it. Each link lists at most $maxListed
// producers (by name) and counts all of them.
// In a zone scope, producers are found from the zones (fragments/scoped-producers.cypher); without a zone they are
// read from the link (fragments/link-evidence.cypher, shared with product-evidence.cypher).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone,
     CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
UNWIND coalesce($ids, COLLECT { MATCH (x:Chain) RETURN x.id }) AS chainId
MATCH (i:Industry)-[:HAS_CHAIN]->(c:Chain {id: chainId})
WHERE $industries IS NULL OR i.id IN $industries
WITH c, i, scope, scopeZone, [(c)-[:HAS_LINK]->(x:Product) | x.id] AS linkIds
WITH c, i, scope, scopeZone,
     // include: scoped-producers
     AS inScope
ORDER BY i.position, c.position, c.id
RETURN c {.*, industry: i.id} AS chain, scopeZone {.id, .name, .kind} AS scopeZone, scope AS zoneIds,
  COLLECT {
    MATCH (c)-[l:HAS_LINK]->(p:Product)
    WITH p, l, [x IN inScope WHERE x.product = p.id] AS mine
    ORDER BY l.stage, p.name
    RETURN {
      product: p {.id, .name},
      stage: l.stage,
      // include: link-evidence
      , sharedWith: COLLECT {
        MATCH (other:Chain)-[:HAS_LINK]->(p) WHERE other <> c
        WITH DISTINCT other ORDER BY other.id
        RETURN other {.id, .name}
      }
    }
  } AS links,
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(a:Product)-[f:FEEDS]->(b:Product)<-[:HAS_LINK]-(c)
    WHERE c.id IN f.chains
    WITH a, b, f ORDER BY a.id, b.id
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS feeds,
  COLLECT {
    MATCH (t:Enterprise)-[:TARGET_FOR]->(c)
    WITH t ORDER BY t.name
    RETURN t {.*}
  } AS targets
