// Sets the scope keys of the enterprise `e` from where it is now: Enterprise.scopeProvince and scopeCity are the
// ids of the 省 and 市 regions its zone lies in (PART_OF*0..), absent when it is in none (no zone, or a zone
// outside every region). A firm is LOCATED_IN at most one zone and a zone is PART_OF at most one parent, so each
// is one region or none. The indexes (scopeProvince, name, id) and (scopeCity, name, id) give a region's firms in
// name order (enterprises-unfiltered.cypher) without reading every firm of a province.
WITH e, COLLECT {
  MATCH (e)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(r:Zone)
  WHERE r.kind IN ['省', '市']
  RETURN r
} AS regions
SET e.scopeProvince = head([r IN regions WHERE r.kind = '省' | r.id]),
    e.scopeCity = head([r IN regions WHERE r.kind = '市' | r.id])
