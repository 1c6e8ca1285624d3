// Whether the district `pd` is the scope's own: the scope ($zone; null = the whole graph) lies in that district,
// or the district lies in the scope (a city or a province). Another district's plan speaks for that district only:
// its targets and the links it seeks are no reason in this scope. An expression; expects `pd` and $zone.
($zone IS NULL OR EXISTS { (:Zone {id: $zone})-[:PART_OF*0..]->(pd) }
  OR EXISTS { (pd)-[:PART_OF*0..]->(:Zone {id: $zone}) })
