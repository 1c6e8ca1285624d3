// Every zone with its hierarchy and industries (the zone picker). Enterprise counts are asked per zone
// (zone-enterprise-counts.cypher): counting for all of them is a national-scale scan.
MATCH (z:Zone)
RETURN
  // include: zone-model
  AS zone
ORDER BY zone.id
