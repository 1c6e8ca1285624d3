// Search-as-you-type across links, chains, enterprises, zones and projects. Names are matched with CONTAINS
// (served by the TEXT indexes); exact matches rank first, then prefixes, then shorter names.
CALL () {
  MATCH (n:Product) WHERE n.name CONTAINS $q
  RETURN 'PRODUCT' AS kind, n.id AS id, n.name AS name,
         head(COLLECT { MATCH (c:Chain)-[:HAS_LINK]->(n) RETURN c.name }) AS detail
  UNION ALL
  MATCH (n:Chain) WHERE n.name CONTAINS $q OR n.expression CONTAINS $q
  RETURN 'CHAIN' AS kind, n.id AS id, n.name AS name, n.expression AS detail
  UNION ALL
  MATCH (n:Enterprise) WHERE n.name CONTAINS $q OR n.fullName CONTAINS $q
  RETURN 'ENTERPRISE' AS kind, n.id AS id, n.name AS name,
         coalesce(head([(n)-[:LOCATED_IN]->(z:Zone) | z.name]), CASE WHEN n.local THEN '区内企业' ELSE '区外企业' END) AS detail
  UNION ALL
  MATCH (n:Zone) WHERE n.name CONTAINS $q
  RETURN 'ZONE' AS kind, n.id AS id, n.name AS name, n.kind AS detail
  UNION ALL
  MATCH (n:Project) WHERE n.name CONTAINS $q
  RETURN 'PROJECT' AS kind, n.id AS id, n.name AS name, n.status AS detail
}
WITH kind, id, name, detail,
     CASE WHEN name = $q THEN 3.0 WHEN name STARTS WITH $q THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, size(name), name
LIMIT toInteger($first)
RETURN kind, id, name, detail, score
