// A link's evidence in a scope, as map entries: the first $maxListed local producers by name, their count, and
// the projects building it and their count. Expects `p` (the link's Product), `scope` (zone ids or null = the
// whole graph), `n` (the link's producer count in the scope: fragments/link-count), `mine` (this link's rows of
// scoped-producers) and `projectsInScope` (this scope's rows of scoped-projects). A link without producers in
// the scope (most links of a large chain), or any link when $maxListed is 0 (the operation reads no reason and no
// gap field: only statuses), lists none without looking; the others list theirs from the link (whole graph) or
// from `mine` (a scope). Projects likewise: from the link in the whole graph, from `projectsInScope` in a scope.
// With $maxListed 0 the projects are counted, not listed (projectCount; null when they are listed): a status
// needs their number only (the national map of the largest chain listed 989 projects, two thirds of its answer,
// for 800 statuses).
// producesSource: the quote of plan $plan (a document id) when that plan states the fact, else the latest plan's
// (imports/produces.cypher keeps every plan's quote in `sources`).
producers: CASE WHEN scope IS NULL
  THEN COLLECT {
    MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
    WHERE n > 0 AND scope IS NULL AND toInteger($maxListed) > 0
    WITH e, r ORDER BY e.name LIMIT toInteger($maxListed)
    RETURN e {.*, zone: head([(e)-[:LOCATED_IN]->(ez:Zone) | ez {.id, .name, .kind}]), producesSource: coalesce(
      head([sid IN coalesce(r.sources, []) WHERE $plan IS NOT NULL
        AND EXISTS { MATCH (:Source {id: sid})-[:IN_DOCUMENT]->(:Document {id: $plan}) }]),
      last(coalesce(r.sources, [r.source])))}
  }
  ELSE COLLECT {
    UNWIND mine AS x
    WITH x ORDER BY x.name LIMIT toInteger($maxListed)
    WITH x.firm AS e, x.zone AS z, x.produces AS r
    RETURN e {.*, zone: z {.id, .name, .kind}, producesSource: coalesce(
      head([sid IN coalesce(r.sources, []) WHERE $plan IS NOT NULL
        AND EXISTS { MATCH (:Source {id: sid})-[:IN_DOCUMENT]->(:Document {id: $plan}) }]),
      last(coalesce(r.sources, [r.source])))}
  }
END,
producerCount: n,
projects: CASE WHEN toInteger($maxListed) = 0 THEN []
  WHEN scope IS NOT NULL THEN [x IN projectsInScope WHERE x.product = p.id | x.pr]
  ELSE COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    WITH DISTINCT pr, pz ORDER BY pr.name
    RETURN pr {.*, zone: pz {.id, .name, .kind}}
  }
END,
// Counted only when not listed (the list's length is the count then): upstream gaps list them.
projectCount: CASE WHEN toInteger($maxListed) > 0 THEN null ELSE COUNT {
  MATCH (pr:Project)-[:BUILDS]->(p)
  OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
  WITH pr, pz WHERE scope IS NULL OR pz.id IN scope
  WITH DISTINCT pr, pz
  RETURN pr
} END
