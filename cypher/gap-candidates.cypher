// Candidates to fill a batch of links ($ids): outside firms the plan names as targets for the link or one of
// its chains, pool enterprises whose main products match it, projects that build it, and — in a zone or region
// scope ($scope: its zone ids; null = the whole graph, where every local firm is in scope) — local firms of the
// graph that produce it outside the scope (外区企业): the $maxOthers nearest, same district (of the scope zone
// $zone) before same city before same province before elsewhere, then by name.
OPTIONAL MATCH (sz:Zone {id: $zone})
WITH head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '区县'}) | x.id]) AS nearDistrict,
     head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '市'}) | x.id]) AS nearCity,
     head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '省'}) | x.id]) AS nearProvince
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS id,
  COLLECT {
    MATCH (e:Enterprise {local: false})-[t:TARGET_FOR]->(p)
    RETURN {enterprise: e {.*}, via: null, source: t.source} AS target
    UNION
    MATCH (e:Enterprise {local: false})-[t:TARGET_FOR]->(c:Chain)-[:HAS_LINK]->(p)
    RETURN {enterprise: e {.*}, via: c {.id, .name}, source: t.source} AS target
  } AS targets,
  COLLECT {
    MATCH (e:Enterprise)-[m:MAIN_PRODUCT]->(p)
    WHERE e.origin = 'pool'
    WITH e, m ORDER BY m.weight DESC, e.name LIMIT 20
    RETURN {enterprise: e {.*}, weight: m.weight, productName: m.productName, basis: m.basis}
  } AS pool,
  COLLECT {
    MATCH (pr:Project)-[b:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    WITH pr, pz, b ORDER BY pr.name
    RETURN {project: pr {.*, zone: pz {.id, .name, .kind}}, source: b.source}
  } AS projects,
  CASE WHEN $scope IS NULL THEN [] ELSE COLLECT {
    MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
    WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(iz:Zone) WHERE iz.id IN $scope }
    WITH e, r, head([(e)-[:LOCATED_IN]->(lz:Zone) | lz]) AS z
    WHERE z IS NOT NULL
    WITH e, r, z, head([(z)-[:PART_OF*0..]->(d:Zone {kind: '区县'}) | d]) AS d
    WITH e, r, z, d, [(d)-[:PART_OF*1..]->(u:Zone) WHERE u.kind IN ['市', '省'] | u] AS ups
    WITH e, r, z, d, head([u IN ups WHERE u.kind = '市']) AS city, head([u IN ups WHERE u.kind = '省']) AS province
    WITH e, r, z, d, city, province,
      CASE
        WHEN d IS NOT NULL AND d.id = nearDistrict THEN 0
        WHEN city IS NOT NULL AND city.id = nearCity THEN 1
        WHEN province IS NOT NULL AND province.id = nearProvince THEN 2
        ELSE 3
      END AS distance
    ORDER BY distance, e.name, e.id
    LIMIT toInteger($maxOthers)
    RETURN {
      enterprise: e {.*}, zone: z {.id, .name, .kind}, district: d {.id, .name, .kind},
      city: city.name, province: province.name, distance: distance, source: r.source
    }
  } END AS others
