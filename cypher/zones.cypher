// Every zone with its hierarchy and industries. Zones are few (tens per district); the list is cached per request.
MATCH (z:Zone)
RETURN z {.*,
  parent: head([(z)-[:PART_OF]->(p:Zone) | p.id]),
  children: COLLECT { MATCH (c:Zone)-[:PART_OF]->(z) WITH c ORDER BY c.id RETURN c.id },
  focusIndustries: COLLECT { MATCH (z)-[:FOCUSES_ON]->(i:Industry) WITH i ORDER BY i.id RETURN i.id },
  keyFor: COLLECT { MATCH (z)-[:KEY_ZONE_FOR]->(i:Industry) WITH i ORDER BY i.id RETURN i.id },
  enterpriseCount: COUNT {
    MATCH (e:Enterprise {local: true})-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(z)
  }
} AS zone
ORDER BY zone.id
