// Search (search.cypher) for a term of one or two Chinese characters, which the TEXT indexes cannot seek: the
// CONTAINS pass reads the full-text index `name_chars` (one token per character) with the term as a phrase
// ($phrase: "原 铝"), then keeps the same CONTAINS per label, so the hits, their kinds and their ranking are
// search.cypher's. Sent only while that index is ONLINE (server/db/search.ts): a populating full-text index
// answers queries, from what it holds so far.
// include: search-prefixed
CALL (prefixed) {
  WITH prefixed WHERE size(prefixed) >= $first
  UNWIND prefixed AS hit
  RETURN hit.n AS n, hit.kind AS kind, hit.name AS name, hit.score AS score
  UNION ALL
  WITH prefixed WHERE size(prefixed) < $first
  // At most $cap index hits are read; a term with more (有限, 司: most firms' full names) is cheaper by the TEXT
  // indexes' scan, and its first $cap hits by score would not be the shortest names.
  CALL () {
    CALL db.index.fulltext.queryNodes('name_chars', $phrase, {limit: $cap}) YIELD node
    RETURN collect(node) AS found
  }
  CALL (found) {
    WITH found WHERE size(found) < $cap
    UNWIND found AS node
    // A node carrying two of the labels is a hit of each, as in search.cypher's UNION ALL.
    UNWIND [l IN labels(node) WHERE l IN ['Product', 'Chain', 'Enterprise', 'Zone', 'Project'] | toUpper(l)] AS kind
    WITH node AS n, kind
    WHERE n.name CONTAINS $q OR (kind = 'CHAIN' AND n.expression CONTAINS $q)
      OR (kind = 'ENTERPRISE' AND n.fullName CONTAINS $q)
    RETURN n, kind
    UNION ALL
    // Firms by a stated product (未入链产品), which the index does not hold.
    WITH found WHERE size(found) < $cap
    // include: search-stated
    UNION ALL
    WITH found WHERE size(found) >= $cap
    // include: search-contains
    RETURN n, kind
  }
  WITH n, kind, n.name AS name, CASE WHEN n.name = $q THEN 3.0 WHEN n.name STARTS WITH $q THEN 2.0 ELSE 1.0 END AS score
  ORDER BY score DESC, size(name), name, kind, n.id
  LIMIT toInteger($first)
  RETURN n, kind, name, score
}
// include: search-details
