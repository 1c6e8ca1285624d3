// The ids of the regions whose plans a scope lists (plan owners: 区县, or a 市/省 with a plan of its own), as an
// expression: the region the zone lies in or is, and every region above it (upward through PART_OF: a district's
// scope lists its city's chains, the city's plan being the district's work too); for a region (省/市) every
// district and city inside it. Expects `scopeZone` (not null). Used by scope-plans.cypher (the chains a scope lists)
// and zone-scope.cypher (the chains a gap's reach counts).
[(scopeZone)-[:PART_OF*0..]->(up:Zone) WHERE up.kind IN ['区县', '市', '省'] | up.id]
  + [(down:Zone)-[:PART_OF*1..]->(scopeZone) WHERE down.kind IN ['区县', '市'] | down.id]
