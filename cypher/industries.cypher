MATCH (i:Industry)
RETURN i {.*,
  keyZones: COLLECT { MATCH (z:Zone)-[:KEY_ZONE_FOR]->(i) WITH z ORDER BY z.id RETURN z.id },
  focusZones: COLLECT { MATCH (z:Zone)-[:FOCUSES_ON]->(i) WITH z ORDER BY z.id RETURN z.id },
  chainIds: COLLECT { MATCH (i)-[:HAS_CHAIN]->(c:Chain) WITH c ORDER BY c.id RETURN c.id }
} AS industry
ORDER BY industry.position, industry.id
