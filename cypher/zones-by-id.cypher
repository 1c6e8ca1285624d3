// Zones by id with their hierarchy and industries (DataLoader); the same shape as zones.cypher.
UNWIND $ids AS zid
MATCH (z:Zone {id: zid})
RETURN
  // include: zone-model
  AS zone
