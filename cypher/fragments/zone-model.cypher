// A zone as the zone loader and the zone picker return it (server/graphql/models.ts ZoneModel): its properties,
// parent, children and industries. An expression; expects `z`. Used by zones, zones-by-id and enterprise-page.
z {.*,
  parent: head([(z)-[:PART_OF]->(p:Zone) | p.id]),
  children: COLLECT { MATCH (c:Zone)-[:PART_OF]->(z) WITH c ORDER BY c.id RETURN c.id },
  focusIndustries: COLLECT { MATCH (z)-[:FOCUSES_ON]->(i:Industry) WITH i ORDER BY i.id RETURN i.id },
  keyFor: COLLECT { MATCH (z)-[:KEY_ZONE_FOR]->(i:Industry) WITH i ORDER BY i.id RETURN i.id }
}
