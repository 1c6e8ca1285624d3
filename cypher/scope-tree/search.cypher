// The scope tree's search: zones whose name contains $q (served by the zone_name_text TEXT index), at most $first
// (the caller asks one more to know whether there are more). Exact names first, then names starting with $q, then
// shorter names, then regions (by code) before a plan's zones. Each with the ids of the zones above it (so the tree
// shows a match where it sits; the caller reads them by id). $kinds: only zones of one of these kinds (null: any).
MATCH (z:Zone)
WHERE z.name CONTAINS $q AND ($kinds IS NULL OR z.kind IN $kinds)
WITH z ORDER BY
  CASE WHEN z.name = $q THEN 0 WHEN z.name STARTS WITH $q THEN 1 ELSE 2 END,
  size(z.name), z.code IS NULL, z.code, z.id
LIMIT toInteger($first)
RETURN
  // include: zone-model
  AS zone,
  COLLECT { MATCH (z)-[:PART_OF*1..]->(a:Zone) RETURN DISTINCT a.id } AS above
