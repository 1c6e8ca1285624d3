// Search-as-you-type across links, chains, enterprises, zones and projects. Exact names rank first, then
// prefixes, then names that only contain the text (CONTAINS, served by the TEXT indexes); then shorter names.
// Each hit says where to open it: a chain (links, chains) or a zone (zones, enterprises, projects).
// Prefix first: names that start with $q are found by index seeks; when there are $first of them, they are the
// answer (a containing-only match never outranks a prefix), and the CONTAINS pass — tens of thousands of firms
// for one character at national scale — is skipped. Matches are ranked and cut to $first before anything else
// is read: only the hits shown need their chain and zone.
CALL () {
  MATCH (n:Product) WHERE n.name STARTS WITH $q RETURN n, 'PRODUCT' AS kind
  UNION ALL
  MATCH (n:Chain) WHERE n.name STARTS WITH $q RETURN n, 'CHAIN' AS kind
  UNION ALL
  MATCH (n:Enterprise) WHERE n.name STARTS WITH $q RETURN n, 'ENTERPRISE' AS kind
  UNION ALL
  MATCH (n:Zone) WHERE n.name STARTS WITH $q RETURN n, 'ZONE' AS kind
  UNION ALL
  MATCH (n:Project) WHERE n.name STARTS WITH $q RETURN n, 'PROJECT' AS kind
}
WITH n, kind, n.name AS name, CASE WHEN n.name = $q THEN 3.0 ELSE 2.0 END AS score
ORDER BY score DESC, size(name), name, kind, n.id
LIMIT toInteger($first)
WITH collect({n: n, kind: kind, name: name, score: score}) AS prefixed
CALL (prefixed) {
  WITH prefixed WHERE size(prefixed) >= $first
  UNWIND prefixed AS hit
  RETURN hit.n AS n, hit.kind AS kind, hit.name AS name, hit.score AS score
  UNION ALL
  WITH prefixed WHERE size(prefixed) < $first
  CALL () {
    MATCH (n:Product) WHERE n.name CONTAINS $q RETURN n, 'PRODUCT' AS kind
    UNION ALL
    MATCH (n:Chain) WHERE n.name CONTAINS $q OR n.expression CONTAINS $q RETURN n, 'CHAIN' AS kind
    UNION ALL
    MATCH (n:Enterprise) WHERE n.name CONTAINS $q OR n.fullName CONTAINS $q RETURN n, 'ENTERPRISE' AS kind
    UNION ALL
    MATCH (n:Zone) WHERE n.name CONTAINS $q RETURN n, 'ZONE' AS kind
    UNION ALL
    MATCH (n:Project) WHERE n.name CONTAINS $q RETURN n, 'PROJECT' AS kind
  }
  WITH n, kind, n.name AS name, CASE WHEN n.name = $q THEN 3.0 WHEN n.name STARTS WITH $q THEN 2.0 ELSE 1.0 END AS score
  ORDER BY score DESC, size(name), name, kind, n.id
  LIMIT toInteger($first)
  RETURN n, kind, name, score
}
CALL (n, kind) {
  WITH n, kind WHERE kind = 'PRODUCT'
  WITH n, head(COLLECT { MATCH (c:Chain)-[:HAS_LINK]->(n) RETURN c ORDER BY c.position }) AS c
  RETURN c.name AS detail, c.id AS chain, null AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'CHAIN'
  RETURN n.expression AS detail, n.id AS chain, null AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'ENTERPRISE'
  WITH n, head([(n)-[:LOCATED_IN]->(z:Zone) | z]) AS z,
       head(COLLECT {
         MATCH (n)-[:PRODUCES|TARGET_FOR]->(:Product)<-[:HAS_LINK]-(c:Chain) RETURN c.id AS cid ORDER BY c.position
         UNION
         MATCH (n)-[:TARGET_FOR]->(c:Chain) RETURN c.id AS cid
       }) AS chain
  RETURN coalesce(z.name, CASE WHEN n.local THEN '区内企业' ELSE '区外企业' END) AS detail, chain, z.id AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'ZONE'
  RETURN n.kind AS detail, null AS chain, n.id AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'PROJECT'
  WITH n, head([(n)-[:IN_ZONE]->(z:Zone) | z]) AS z,
       head(COLLECT { MATCH (n)-[:BUILDS]->(:Product)<-[:HAS_LINK]-(c:Chain) RETURN c.id ORDER BY c.position }) AS chain
  // "规划 · 北渡铝产业园": its status and where it is (the kind chip already says 项目).
  RETURN coalesce(n.status, '状态未明') + CASE WHEN z IS NULL THEN '' ELSE ' · ' + z.name END AS detail, chain,
    z.id AS zone
}
RETURN kind, n.id AS id, name, detail, chain, zone, score
ORDER BY score DESC, size(name), name, kind, id
