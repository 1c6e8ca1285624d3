// A page of the enterprises in a zone's scope (the zone and every zone inside it), ordered by name then id,
// filtered by product, industry, locality and a name query. $afterName/$afterId is the cursor position.
// Starts from the zones, so a district (~100 firms) or a province (~10,000) never scans the national label.
// Each row carries its zone and products, so a page is one query. Returns the total count and up to $limit
// rows ($first + 1: the extra row says whether there is a next page).
// Without a zone, enterprises-all.cypher is used.
MATCH (scopeZone:Zone {id: $zone})
MATCH (z:Zone)-[:PART_OF*0..]->(scopeZone)
MATCH (e:Enterprise)-[:LOCATED_IN]->(z)
WHERE ($local IS NULL OR e.local = $local)
  AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
  AND ($industry IS NULL OR $industry IN e.industries)
  AND ($query IS NULL OR toLower(e.name) CONTAINS $query OR toLower(coalesce(e.fullName, '')) CONTAINS $query)
WITH DISTINCT e
WITH e ORDER BY e.name, e.id
WITH collect(e) AS matched
WITH size(matched) AS totalCount,
     [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)]
       [0..toInteger($limit)] AS page
RETURN totalCount, [e IN page | e {.*, zone: head([(e)-[:LOCATED_IN]->(z:Zone) | z {.id, .name, .kind}]),
  products: COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) WITH p ORDER BY p.name RETURN p {.id, .name} }}] AS page
