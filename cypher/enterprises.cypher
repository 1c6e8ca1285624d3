// A page of enterprises, ordered by name then id, filtered by zone scope, product, industry, locality and
// a name query. $afterName/$afterId is the cursor position. Returns the total count and up to $first + 1 rows
// (the extra row says whether there is a next page).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
MATCH (e:Enterprise)
WHERE ($local IS NULL OR e.local = $local)
  AND (scope IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(z:Zone) WHERE z.id IN scope })
  AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
  AND ($industry IS NULL OR $industry IN e.industries)
  AND ($query IS NULL OR toLower(e.name) CONTAINS $query OR toLower(coalesce(e.fullName, '')) CONTAINS $query)
WITH e ORDER BY e.name, e.id
WITH collect(e) AS matched
WITH size(matched) AS totalCount,
     [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)]
       [0..toInteger($limit)] AS page
RETURN totalCount, [e IN page | e {.*, zone: head([(e)-[:LOCATED_IN]->(z:Zone) | z {.id, .name, .kind}])}] AS page
