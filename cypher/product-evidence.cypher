// Local producers (the first $maxListed by name, and their count) and projects in scope for a batch of products
// (DataLoader). $ids, $zone (null = district). In a zone scope the producers are found from the zones, as in
// chains.cypher (a hub link has thousands of producers nationwide); without a zone, from each link.
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
WITH scope,
     COLLECT {
       UNWIND coalesce(scope, []) AS zoneId
       MATCH (z:Zone {id: zoneId})<-[:LOCATED_IN]-(e:Enterprise {local: true})-[:PRODUCES]->(p:Product)
       WHERE p.id IN $ids
       RETURN {product: p.id, name: e.name, e: e {.*, zone: z {.id, .name, .kind}}} AS x
     } AS inScope
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
WITH p, scope, [x IN inScope WHERE x.product = p.id] AS mine
RETURN p.id AS id,
  CASE WHEN scope IS NULL
    THEN COLLECT {
      MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
      WITH e ORDER BY e.name LIMIT toInteger($maxListed)
      RETURN e {.*, zone: head([(e)-[:LOCATED_IN]->(ez:Zone) | ez {.id, .name, .kind}])}
    }
    ELSE COLLECT { UNWIND mine AS x WITH x ORDER BY x.name LIMIT toInteger($maxListed) RETURN x.e }
  END AS producers,
  CASE WHEN scope IS NULL THEN COUNT { (e:Enterprise {local: true})-[:PRODUCES]->(p) } ELSE size(mine) END
    AS producerCount,
  COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    WITH pr, pz WHERE scope IS NULL OR pz.id IN scope
    WITH DISTINCT pr, pz ORDER BY pr.name
    RETURN pr {.*, zone: pz {.id, .name, .kind}}
  } AS projects
