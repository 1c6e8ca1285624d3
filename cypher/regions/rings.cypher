// How near every zone is to the scope zone $zone, as three id lists (rings): the zones of its district (0), of
// its city (1), of its province (2). gap-candidates.cypher ranks firms outside the scope by the ring of their
// zone; as parameters the lists are matched with a hash set, where walking up PART_OF from every producer of a
// hub link (thousands nationwide) was most of an upstreamGaps call. A ring is empty where the scope has no such
// ancestor (a province scope has no district or city).
OPTIONAL MATCH (sz:Zone {id: $zone})
WITH head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '区县'}) | x]) AS d,
     head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '市'}) | x]) AS c,
     head([(sz)-[:PART_OF*0..]->(x:Zone {kind: '省'}) | x]) AS p
RETURN
  CASE WHEN d IS NULL THEN [] ELSE [(z:Zone)-[:PART_OF*0..]->(d) | z.id] END AS district,
  CASE WHEN c IS NULL THEN [] ELSE [(z:Zone)-[:PART_OF*0..]->(c) | z.id] END AS city,
  CASE WHEN p IS NULL THEN [] ELSE [(z:Zone)-[:PART_OF*0..]->(p) | z.id] END AS province
