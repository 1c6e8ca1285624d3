// A region zone (省/市/区县) a plan commit created goes when nothing hangs on it any more: nothing points at it, it
// points at nothing but the region above (PART_OF), and no quote or figure is on it. Returns 1 when removed, and
// its name (the report lists regions by name).
MATCH (z:Zone {id: $id})
WHERE NOT EXISTS { (z)<--() } AND NOT EXISTS { MATCH (z)-[r]->() WHERE type(r) <> 'PART_OF' }
  AND size(coalesce(z.sources, [])) = 0 AND z.output2025 IS NULL AND z.valueAdded2025 IS NULL
WITH z, z.name AS name
DETACH DELETE z
RETURN count(*) AS removed, head(collect(name)) AS name
