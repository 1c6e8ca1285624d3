// A page of the enterprises in a zone's scope (the zone and every zone inside it), ordered by name then id,
// filtered by product, industry, locality and a name query. $afterName/$afterId is the cursor position.
// Starts from the zones, so a district (~100 firms) never scans the national label. Returns the total count, up
// to $limit rows ($first + 1: the extra row says whether there is a next page), and whether the zone exists (the
// resolver's NOT_FOUND, in the same round trip). Without a filter, enterprises-unfiltered.cypher is used; without
// a zone, enterprises-all*.cypher.
// A province or a city with a name filter of Chinese characters ($scoped, server/db/search.ts scopedNamesQuery):
// the count needs every match, so instead of reading all its firms (22,000 in 安徽 for 2,290 matches of 新材料)
// the full-text index `name_chars` finds the firms whose name or full name holds the text as a phrase AND whose
// scope key is the region; the same CONTAINS and the key itself then keep exactly the matches (lower-casing
// changes no Chinese character, so this is the filter below).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
CALL (scopeZone) {
  CALL (scopeZone) {
    WITH scopeZone WHERE scopeZone.kind IN ['省', '市'] AND $scoped IS NOT NULL
    CALL db.index.fulltext.queryNodes('name_chars', $scoped) YIELD node AS e
    WITH scopeZone, e
    WHERE (e.scopeProvince = scopeZone.id OR e.scopeCity = scopeZone.id)
      AND (e.name CONTAINS $query OR e.fullName CONTAINS $query)
      AND ($local IS NULL OR e.local = $local)
      AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
      AND ($industry IS NULL OR $industry IN e.industries)
    RETURN e
    UNION
    WITH scopeZone WHERE NOT (scopeZone.kind IN ['省', '市'] AND $scoped IS NOT NULL)
    MATCH (z:Zone)-[:PART_OF*0..]->(scopeZone)
    MATCH (e:Enterprise)-[:LOCATED_IN]->(z)
    WHERE ($local IS NULL OR e.local = $local)
      AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
      AND ($industry IS NULL OR $industry IN e.industries)
      AND ($query IS NULL OR toLower(e.name) CONTAINS $query OR toLower(coalesce(e.fullName, '')) CONTAINS $query)
    RETURN e
  }
  WITH e ORDER BY e.name, e.id
  RETURN collect(e) AS matched
}
WITH scopeZone IS NOT NULL AS found, size(matched) AS totalCount,
     [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)]
       [0..toInteger($limit)] AS page
// include: enterprise-page
