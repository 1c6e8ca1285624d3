// The scope tree's top level: zones under no other zone (the provinces of a national graph; 重庆市 of the seed).
// Regions (省/市/区县, with a GB/T 2260 code) by code, then a plan's own zones by id. Same shape as zones.cypher.
MATCH (z:Zone)
WHERE NOT EXISTS { (z)-[:PART_OF]->(:Zone) }
WITH z ORDER BY z.code IS NULL, z.code, z.id
RETURN
  // include: zone-model
  AS zone
