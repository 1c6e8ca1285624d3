// Search's first pass (search, search-chars): the names that start with $q, ranked and cut to $first, as
// `prefixed`; exact names score 3, prefixes 2.
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
  UNION ALL
  // A firm by a stated product that is no link (未入链产品) starting with $q; the few firms labelled so.
  MATCH (n:Enterprise:StatedProducts)
  WHERE NOT n.name STARTS WITH $q AND any(p IN n.statedProducts WHERE p STARTS WITH $q)
  RETURN n, 'ENTERPRISE' AS kind
}
WITH n, kind, n.name AS name, CASE WHEN n.name = $q THEN 3.0 ELSE 2.0 END AS score
ORDER BY score DESC, size(name), name, kind, n.id
LIMIT toInteger($first)
WITH collect({n: n, kind: kind, name: name, score: score}) AS prefixed
