// Every zone with its hierarchy and industries (the zone picker). Enterprise counts are asked per zone
// (zone-enterprise-counts.cypher): counting for all of them is a national-scale scan.
MATCH (z:Zone)
RETURN z {.*,
  parent: head([(z)-[:PART_OF]->(p:Zone) | p.id]),
  children: COLLECT { MATCH (c:Zone)-[:PART_OF]->(z) WITH c ORDER BY c.id RETURN c.id },
  focusIndustries: COLLECT { MATCH (z)-[:FOCUSES_ON]->(i:Industry) WITH i ORDER BY i.id RETURN i.id },
  keyFor: COLLECT { MATCH (z)-[:KEY_ZONE_FOR]->(i:Industry) WITH i ORDER BY i.id RETURN i.id }
} AS zone
ORDER BY zone.id
