// Chains with their links, FEEDS edges and each link's evidence (local producers and projects) in a scope.
// $ids: chain ids or null; $industries: industry ids or null; $zone: zone id or null (= whole district).
// Returns one row per chain; the scope is the zone and every zone PART_OF it. Each link lists at most $maxListed
// producers (by name) and counts all of them.
// In a zone scope, producers are found from the zones (a district has ~100 firms) rather than from each link,
// since a hub link (铝锭) has thousands of producers nationwide; without a zone they are read from the link.
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone,
     CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
UNWIND coalesce($ids, COLLECT { MATCH (x:Chain) RETURN x.id }) AS chainId
MATCH (i:Industry)-[:HAS_CHAIN]->(c:Chain {id: chainId})
WHERE $industries IS NULL OR i.id IN $industries
WITH c, i, scope, scopeZone, [(c)-[:HAS_LINK]->(x:Product) | x.id] AS linkIds
WITH c, i, scope, scopeZone,
     COLLECT {
       UNWIND coalesce(scope, []) AS zoneId
       MATCH (z:Zone {id: zoneId})<-[:LOCATED_IN]-(e:Enterprise {local: true})-[r:PRODUCES]->(p:Product)
       WHERE p.id IN linkIds
       RETURN {product: p.id, name: e.name, e: e {.*, zone: z {.id, .name, .kind}, producesSource: r.source}} AS x
     } AS inScope
ORDER BY i.position, c.position, c.id
RETURN c {.*, industry: i.id} AS chain, scopeZone {.id, .name, .kind} AS scopeZone, scope AS zoneIds,
  COLLECT {
    MATCH (c)-[l:HAS_LINK]->(p:Product)
    WITH p, l, [x IN inScope WHERE x.product = p.id] AS mine
    ORDER BY l.stage, p.name
    RETURN {
      product: p {.id, .name},
      stage: l.stage,
      producers: CASE WHEN scope IS NULL
        THEN COLLECT {
          MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
          WITH e, r ORDER BY e.name LIMIT toInteger($maxListed)
          RETURN e {.*, zone: head([(e)-[:LOCATED_IN]->(ez:Zone) | ez {.id, .name, .kind}]), producesSource: r.source}
        }
        ELSE COLLECT { UNWIND mine AS x WITH x ORDER BY x.name LIMIT toInteger($maxListed) RETURN x.e }
      END,
      producerCount: CASE WHEN scope IS NULL
        THEN COUNT { (e:Enterprise {local: true})-[:PRODUCES]->(p) }
        ELSE size(mine)
      END,
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
