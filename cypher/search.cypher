// Search-as-you-type across links, chains, enterprises, zones and projects. Exact names rank first, then
// prefixes, then names that only contain the text (CONTAINS, served by the TEXT indexes); then shorter names.
// Each hit says where to open it: a chain (links, chains) or a zone (zones, enterprises, projects).
// Prefix first: names that start with $q are found by index seeks; when there are $first of them, they are the
// answer (a containing-only match never outranks a prefix), and the CONTAINS pass — tens of thousands of firms
// for one character at national scale — is skipped. Matches are ranked and cut to $first before anything else
// is read: only the hits shown need their chain and zone.
// search-chars is this query with the CONTAINS pass found through the per-character full-text index: the same
// answer for a one- or two-character Chinese term (server/db/search.ts chooses).
// include: search-prefixed
CALL (prefixed) {
  WITH prefixed WHERE size(prefixed) >= $first
  UNWIND prefixed AS hit
  RETURN hit.n AS n, hit.kind AS kind, hit.name AS name, hit.score AS score
  UNION ALL
  WITH prefixed WHERE size(prefixed) < $first
  // include: search-contains
  WITH n, kind, n.name AS name, CASE WHEN n.name = $q THEN 3.0 WHEN n.name STARTS WITH $q THEN 2.0 ELSE 1.0 END AS score
  ORDER BY score DESC, size(name), name, kind, n.id
  LIMIT toInteger($first)
  RETURN n, kind, name, score
}
// include: search-details
