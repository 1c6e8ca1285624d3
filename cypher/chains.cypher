// Chains with their links, FEEDS edges and each link's evidence (local producers and projects) in a scope.
// $ids: chain ids or null; $industries: industry ids or null; $zone: zone id or null (= the whole graph);
// $plan: a plan's document id or null; $hidden: the document ids of superseded plans (see below).
// Listed without ids in a region or zone scope, only the chains of the plans of the districts it touches.
// Returns one row per chain; the scope is the zone and every zone PART_OF it. Each link lists at most $maxListed
// producers (by name); their count is the one the writers store (fragments/link-count).
// In a zone scope, producers are found from the zones (fragments/scoped-producers.cypher); without a zone they are
// read from the link (fragments/link-evidence.cypher, shared with product-evidence.cypher).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone,
     CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope,
     // Without a zone, the label of the whole graph: its district's name when it holds exactly one.
     CASE WHEN $zone IS NULL THEN COLLECT { MATCH (d:Zone {kind: '区县'}) RETURN d.name LIMIT 2 } ELSE [] END
       AS districtNames,
     // include: scope-plans
     AS planIndustries,
     // The districts a gap's reach counts the chains of (server/domain/reach.ts chainsInScope).
     CASE WHEN scopeZone IS NULL THEN null ELSE
       // include: scope-districts
     END AS scopeDistricts
UNWIND coalesce($ids, COLLECT { MATCH (x:Chain) RETURN x.id }) AS chainId
MATCH (i:Industry)-[:HAS_CHAIN]->(c:Chain {id: chainId})
WHERE ($industries IS NULL OR i.id IN $industries)
  // Listing chains in a scope: the chains of its districts' plans (and of industries in no plan); by id: any.
  AND ($ids IS NOT NULL OR planIndustries IS NULL OR i.id IN planIndustries OR NOT (i)-[:IN_PLAN]->(:Document))
  // Plans have periods: $plan (a document id) lists only the chains that plan states; without it, chains stated
  // only by superseded plans ($hidden: document ids, server/domain/periods.ts) are left out.
  AND ($plan IS NULL OR EXISTS {
    MATCH (s:Source)-[:IN_DOCUMENT]->(:Document {id: $plan}) WHERE s.id IN coalesce(c.sources, [])
  })
  AND ($ids IS NOT NULL OR $plan IS NOT NULL OR size($hidden) = 0
    OR NOT EXISTS { MATCH (s:Source)-[:IN_DOCUMENT]->(:Document) WHERE s.id IN coalesce(c.sources, []) }
    OR EXISTS {
      MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN coalesce(c.sources, []) AND NOT d.id IN $hidden
    })
WITH c, i, scope, scopeZone, districtNames, scopeDistricts, [(c)-[:HAS_LINK]->(x:Product) | x.id] AS linkIds
WITH c, i, scope, scopeZone, districtNames, scopeDistricts,
     // include: scoped-producers
     AS inScope,
     // include: scoped-projects
     AS projectsInScope
ORDER BY i.position, c.position, c.id
RETURN c {.*, industry: i.id} AS chain, scopeZone {.id, .name, .kind} AS scopeZone, scope AS zoneIds, districtNames,
  scopeDistricts AS districts,
  COLLECT {
    MATCH (c)-[l:HAS_LINK]->(p:Product)
    WITH p, l, [x IN inScope WHERE x.product = p.id] AS mine
    WITH p, l, mine,
         // include: link-count
         AS n
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
