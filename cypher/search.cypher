// Search-as-you-type across links, chains, enterprises, zones and projects. Names are matched with CONTAINS
// (served by the TEXT indexes); exact matches rank first, then prefixes, then shorter names.
// Each hit says where to open it: a chain (links, chains) or a zone (zones, enterprises, projects).
CALL () {
  MATCH (n:Product) WHERE n.name CONTAINS $q
  WITH n, head(COLLECT { MATCH (c:Chain)-[:HAS_LINK]->(n) RETURN c ORDER BY c.position }) AS c
  RETURN 'PRODUCT' AS kind, n.id AS id, n.name AS name, c.name AS detail, c.id AS chain, null AS zone
  UNION ALL
  MATCH (n:Chain) WHERE n.name CONTAINS $q OR n.expression CONTAINS $q
  RETURN 'CHAIN' AS kind, n.id AS id, n.name AS name, n.expression AS detail, n.id AS chain, null AS zone
  UNION ALL
  MATCH (n:Enterprise) WHERE n.name CONTAINS $q OR n.fullName CONTAINS $q
  WITH n, head([(n)-[:LOCATED_IN]->(z:Zone) | z]) AS z,
       head(COLLECT {
         MATCH (n)-[:PRODUCES|TARGET_FOR]->(:Product)<-[:HAS_LINK]-(c:Chain) RETURN c.id AS cid ORDER BY c.position
         UNION
         MATCH (n)-[:TARGET_FOR]->(c:Chain) RETURN c.id AS cid
       }) AS chain
  RETURN 'ENTERPRISE' AS kind, n.id AS id, n.name AS name,
         coalesce(z.name, CASE WHEN n.local THEN '区内企业' ELSE '区外企业' END) AS detail, chain, z.id AS zone
  UNION ALL
  MATCH (n:Zone) WHERE n.name CONTAINS $q
  RETURN 'ZONE' AS kind, n.id AS id, n.name AS name, n.kind AS detail, null AS chain, n.id AS zone
  UNION ALL
  MATCH (n:Project) WHERE n.name CONTAINS $q
  WITH n, head([(n)-[:IN_ZONE]->(z:Zone) | z]) AS z,
       head(COLLECT { MATCH (n)-[:BUILDS]->(:Product)<-[:HAS_LINK]-(c:Chain) RETURN c.id ORDER BY c.position }) AS chain
  RETURN 'PROJECT' AS kind, n.id AS id, n.name AS name, coalesce(n.status, '项目') AS detail, chain, z.id AS zone
}
WITH kind, id, name, detail, chain, zone,
     CASE WHEN name = $q THEN 3.0 WHEN name STARTS WITH $q THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, size(name), name
LIMIT toInteger($first)
RETURN kind, id, name, detail, chain, zone, score
