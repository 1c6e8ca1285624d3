// The ids of the districts (区县) a scope touches, as an expression: the district the zone lies in or is (upward
// through PART_OF), and for a region (省/市) every district inside it. Expects `scopeZone` (not null). Used by
// scope-plans.cypher (the chains a scope lists) and zone-scope.cypher (the chains a gap's reach counts).
[(scopeZone)-[:PART_OF*0..]->(up:Zone {kind: '区县'}) | up.id]
  + [(down:Zone {kind: '区县'})-[:PART_OF*1..]->(scopeZone) | down.id]
