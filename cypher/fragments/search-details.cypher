// Search's last step (search, search-chars): each hit's detail and where to open it — a chain (links, chains)
// or a zone (zones, enterprises, projects); then the answer in rank order.
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
  // Found by a stated product that is no link: "未入链产品：铝型材 · 北渡组团" says why.
  WITH n, z, chain, CASE WHEN n.name CONTAINS $q OR coalesce(n.fullName, '') CONTAINS $q THEN null
    ELSE head([p IN coalesce(n.statedProducts, []) WHERE p CONTAINS $q]) END AS stated
  RETURN CASE WHEN stated IS NULL THEN '' ELSE $unchainedLabel + '：' + stated + ' · ' END +
    coalesce(z.name, CASE WHEN n.local THEN '区内企业' ELSE '区外企业' END) AS detail, chain, z.id AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'ZONE'
  RETURN n.kind AS detail, null AS chain, n.id AS zone
  UNION ALL
  WITH n, kind WHERE kind = 'PROJECT'
  WITH n, head([(n)-[:IN_ZONE]->(z:Zone) | z]) AS z,
       head(COLLECT { MATCH (n)-[:BUILDS]->(:Product)<-[:HAS_LINK]-(c:Chain) RETURN c.id ORDER BY c.position }) AS chain
  // "规划 · 北渡铝产业园": its status and where it is (the kind chip already says 项目); $statusUnstated is the
  // one wording of a project without a status (vocab/project.ts STATUS_UNSTATED).
  RETURN coalesce(n.status, $statusUnstated) + CASE WHEN z IS NULL THEN '' ELSE ' · ' + z.name END AS detail, chain,
    z.id AS zone
}
RETURN kind, n.id AS id, name, detail, chain, zone, score
ORDER BY score DESC, size(name), name, kind, id
