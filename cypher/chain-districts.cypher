// The cross-district view of a region scope ($zone: a 省 or 市): every district inside it that has a plan, or lies
// in a region that has one (a city's plan covers its districts), at most $maxDistricts, by code; and for each chain
// of $ids the local producers and projects of each of its links in that district (the district and every zone
// PART_OF it). inPlan: the chain is in a plan of the district or of a region holding it (the city's plan is the
// district's work too). One row per chain and district.
MATCH (r:Zone {id: $zone})
MATCH (d:Zone {kind: '区县'})-[:PART_OF*0..]->(r)
WHERE EXISTS { (d)-[:PART_OF*0..]->(:Zone)<-[:FOR_DISTRICT]-(:Document) }
WITH d ORDER BY d.code LIMIT toInteger($maxDistricts)
WITH d, [(z:Zone)-[:PART_OF*0..]->(d) | z.id] AS scope
UNWIND $ids AS chainId
MATCH (c:Chain {id: chainId})
RETURN c.id AS chain, d {.id, .name, .kind} AS district,
  EXISTS { (d)-[:PART_OF*0..]->(:Zone)<-[:FOR_DISTRICT]-(:Document)<-[:IN_PLAN]-(:Industry)-[:HAS_CHAIN]->(c) }
    AS inPlan,
  COLLECT {
    MATCH (c)-[l:HAS_LINK]->(p:Product)
    WITH p, l ORDER BY l.stage, p.name
    RETURN {
      product: p {.id, .name},
      stage: l.stage,
      // The link's local producers in the district, as the writers store them (cypher/link-counts/refresh).
      producerCount: coalesce(head(COLLECT {
        MATCH (k:LinkCount {link: p.id, scope: d.id}) USING INDEX k:LinkCount(link, scope) RETURN k.n
      }), 0),
      projectCount: COUNT { MATCH (pr:Project)-[:BUILDS]->(p) MATCH (pr)-[:IN_ZONE]->(pz:Zone) WHERE pz.id IN scope }
    }
  } AS links
ORDER BY chain, d.code
