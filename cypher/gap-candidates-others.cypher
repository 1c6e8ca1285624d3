// Candidates to fill a batch of links ($ids): outside firms the plan names as targets for the link or one of
// its chains, pool enterprises whose main products match it, and projects that build it.
// And, in a zone or region scope ($scope: its zone ids; null = the whole graph, where every local firm is in
// scope), local firms of the graph that produce it outside the scope (外区企业): the $maxOthers nearest, same
// district (of the scope zone) before same city before same province before elsewhere ($ringDistrict, $ringCity,
// $ringProvince: zone ids, cypher/regions/rings.cypher), then by name.
// include: gap-candidates-rows
  CASE WHEN $scope IS NULL THEN [] ELSE COLLECT {
    MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
    MATCH (e)-[:LOCATED_IN]->(z:Zone)
    WHERE NOT z.id IN $scope
    WITH e, r, z,
      CASE
        WHEN z.id IN $ringDistrict THEN 0
        WHEN z.id IN $ringCity THEN 1
        WHEN z.id IN $ringProvince THEN 2
        ELSE 3
      END AS distance
    ORDER BY distance, e.name, e.id
    LIMIT toInteger($maxOthers)
    // Names of the regions for the few listed only.
    WITH e, r, z, distance, head([(z)-[:PART_OF*0..]->(d:Zone {kind: '区县'}) | d]) AS d
    WITH e, r, z, distance, d, [(d)-[:PART_OF*1..]->(u:Zone) WHERE u.kind IN ['市', '省'] | u] AS ups
    RETURN {
      enterprise: e {.*}, zone: z {.id, .name, .kind}, district: d {.id, .name, .kind},
      city: head([u IN ups WHERE u.kind = '市']).name, province: head([u IN ups WHERE u.kind = '省']).name,
      distance: distance, source: r.source
    }
  } END AS others
