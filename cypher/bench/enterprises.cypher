// Benchmark graph: a batch of enterprises (generated local firms, or national-pool firms), with the scope keys of
// the zone each is LOCATED_IN (bench/data/load.ts withScopeKeys; null for a firm in no zone).
UNWIND $rows AS row
CREATE (e:Enterprise {id: row.id})
SET e.name = row.name, e.fullName = row.fullName, e.local = row.local, e.origin = row.origin,
    e.district = row.district, e.industries = row.industries, e.code = row.code, e.exchange = row.exchange,
    e.sources = [], e.scopeProvince = row.scopeProvince, e.scopeCity = row.scopeCity
