// Local producers (the first $maxListed by name, and their count) and projects in scope for a batch of products
// (DataLoader). $ids, $zone (null = district), $plan (whose quote a producer shows; null = the latest). The same
// evidence as each link of chains.cypher: in a zone scope the producers and projects are found from the zones,
// without a zone from each link (fragments/).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope,
     $ids AS linkIds
WITH scope,
     // include: scoped-producers
     AS inScope,
     // include: scoped-projects
     AS projectsInScope
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
WITH p, scope, projectsInScope, [x IN inScope WHERE x.product = p.id] AS mine
WITH p, scope, projectsInScope, mine,
     // include: link-count
     AS n
WITH p, {
  // include: link-evidence
} AS evidence
RETURN p.id AS id, evidence.producers AS producers, evidence.producerCount AS producerCount,
  evidence.projects AS projects,
  // The link's local producers in the whole graph, as the writers store them: outside the scope there are this
  // less producerCount (外区企业, counted for a long upstream list instead of listed).
  coalesce(p.producerCount, 0) AS producerTotal
