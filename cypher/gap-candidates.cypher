// Candidates to fill a batch of links ($ids): outside firms the plan names as targets for the link or one of
// its chains, pool enterprises whose main products match it, projects that build it, and — in a zone or region
// scope ($scope: its zone ids; null = the whole graph, where every local firm is in scope) — local firms of the
// graph that produce it outside the scope (外区企业): the $maxOthers nearest, same district (of the scope zone)
// before same city before same province before elsewhere ($ringDistrict, $ringCity, $ringProvince: zone ids,
// cypher/regions/rings.cypher), then by name; with $maxOthers 0 none are listed (a long upstream list reads only
// their counts). `ringCounts`: the stored producer counts (link-counts/refresh.cypher) of the scope zone ($zone)
// and of its district, city and province (`roots`, null where it has none), from which the server tells how many
// 外区企业 there are in each ring without reading them; none without a scope.
OPTIONAL MATCH (sz:Zone {id: $zone})
WITH CASE WHEN sz IS NULL THEN [] ELSE [
    sz.id,
    head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '区县'}) | x.id]),
    head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '市'}) | x.id]),
    head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '省'}) | x.id])
  ] END AS roots
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS id,
  roots,
  coalesce(p.producerCount, 0) AS producerCount,
  COLLECT {
    UNWIND roots AS r
    MATCH (k:LinkCount {link: p.id, scope: r})
    USING INDEX k:LinkCount(link, scope)
    RETURN k {.scope, .n}
  } AS ringCounts,
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
  CASE WHEN $scope IS NULL OR $maxOthers = 0 THEN [] ELSE COLLECT {
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
