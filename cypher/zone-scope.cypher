// A zone, the ids of every zone inside it (itself included) and the districts it touches
// (fragments/scope-districts: those whose plans' chains a gap's reach counts). No row when the zone does not exist.
MATCH (scopeZone:Zone {id: $zone})
RETURN scopeZone {.*} AS zone, [(c:Zone)-[:PART_OF*0..]->(scopeZone) | c.id] AS zoneIds,
  // include: scope-districts
  AS districts
