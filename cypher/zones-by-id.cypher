// Zones by id with their hierarchy and industries (DataLoader); the same shape as zones.cypher.
UNWIND $ids AS zid
MATCH (z:Zone {id: zid})
RETURN z {.*,
  parent: head([(z)-[:PART_OF]->(p:Zone) | p.id]),
  children: COLLECT { MATCH (c:Zone)-[:PART_OF]->(z) WITH c ORDER BY c.id RETURN c.id },
  focusIndustries: COLLECT { MATCH (z)-[:FOCUSES_ON]->(i:Industry) WITH i ORDER BY i.id RETURN i.id },
  keyFor: COLLECT { MATCH (z)-[:KEY_ZONE_FOR]->(i:Industry) WITH i ORDER BY i.id RETURN i.id }
} AS zone
