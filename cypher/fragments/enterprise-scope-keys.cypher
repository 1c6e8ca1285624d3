// Sets the scope keys of the enterprises `firms`, all LOCATED_IN the zone `z` (null: in no zone), from where they
// are now: Enterprise.scopeProvince and scopeCity are the ids of the 省 and 市 regions above z (PART_OF*0..),
// absent when there is none. A firm is LOCATED_IN at most one zone and a zone is PART_OF at most one parent, so
// each is one region or none. One walk up per zone, not per firm (a bulk load places thousands in one zone). The
// indexes (scopeProvince, name, id) and (scopeCity, name, id) give a region's firms in name order
// (enterprises-unfiltered.cypher) without reading every firm of a province.
WITH firms, COLLECT {
  MATCH (z)-[:PART_OF*0..]->(r:Zone)
  WHERE r.kind IN ['省', '市']
  RETURN r
} AS regions
WITH firms, head([r IN regions WHERE r.kind = '省' | r.id]) AS province,
     head([r IN regions WHERE r.kind = '市' | r.id]) AS city
FOREACH (e IN firms | SET e.scopeProvince = province, e.scopeCity = city)
