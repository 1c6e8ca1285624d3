// A region zone `z` (省/市/区县) nothing hangs on: nothing points at it, it points at nothing but the region above
// (PART_OF), and no quote or figure is on it. Used by imports/withdraw-region and imports/withdraw-region-idle.
WHERE NOT EXISTS { (z)<--() } AND NOT EXISTS { MATCH (z)-[r]->() WHERE type(r) <> 'PART_OF' }
  AND size(coalesce(z.sources, [])) = 0 AND z.output2025 IS NULL AND z.valueAdded2025 IS NULL
