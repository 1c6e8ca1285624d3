// Chains with their links, FEEDS edges and each link's evidence (local producers and projects) in a scope.
// $ids: chain ids or null; $industries: industry ids or null; $zone: zone id or null (= whole district).
// Returns one row per chain; the scope is the zone and every zone PART_OF it. Each link lists at most $maxListed
// producers (by name) and counts all of them.
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone,
     CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
MATCH (i:Industry)-[:HAS_CHAIN]->(c:Chain)
WHERE ($ids IS NULL OR c.id IN $ids) AND ($industries IS NULL OR i.id IN $industries)
WITH c, i, scope, scopeZone
ORDER BY i.position, c.position, c.id
RETURN c {.*, industry: i.id} AS chain, scopeZone {.id, .name, .kind} AS scopeZone, scope AS zoneIds,
  COLLECT {
    MATCH (c)-[l:HAS_LINK]->(p:Product)
    WITH p, l ORDER BY l.stage, p.name
    RETURN {
      product: p {.id, .name},
      stage: l.stage,
      producers: COLLECT {
        MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
        OPTIONAL MATCH (e)-[:LOCATED_IN]->(ez:Zone)
        WITH e, ez, r WHERE scope IS NULL OR ez.id IN scope
        WITH DISTINCT e, ez, r ORDER BY e.name LIMIT toInteger($maxListed)
        RETURN e {.*, zone: ez {.id, .name, .kind}, producesSource: r.source}
      },
      producerCount: COUNT {
        MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
        WHERE scope IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(ez:Zone) WHERE ez.id IN scope }
      },
      projects: COLLECT {
        MATCH (pr:Project)-[:BUILDS]->(p)
        OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
        WITH pr, pz WHERE scope IS NULL OR pz.id IN scope
        WITH DISTINCT pr, pz ORDER BY pr.name
        RETURN pr {.*, zone: pz {.id, .name, .kind}}
      },
      sharedWith: COLLECT {
        MATCH (other:Chain)-[:HAS_LINK]->(p) WHERE other <> c
        WITH DISTINCT other ORDER BY other.id
        RETURN other {.id, .name}
      }
    }
  } AS links,
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(a:Product)-[f:FEEDS]->(b:Product)<-[:HAS_LINK]-(c)
    WHERE c.id IN f.chains
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS feeds,
  COLLECT {
    MATCH (t:Enterprise)-[:TARGET_FOR]->(c)
    WITH t ORDER BY t.name
    RETURN t {.*}
  } AS targets
