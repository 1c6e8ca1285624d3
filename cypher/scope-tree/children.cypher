// The zones directly under $parent (an id): what the scope tree shows when a zone is expanded. Regions by code,
// then a plan's own zones by id. Same zone shape as zones.cypher.
MATCH (z:Zone)-[:PART_OF]->(:Zone {id: $parent})
WITH z ORDER BY z.code IS NULL, z.code, z.id
RETURN
  // include: zone-model
  AS zone
