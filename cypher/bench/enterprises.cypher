// Benchmark graph: a batch of enterprises (generated local firms, or national-pool firms).
// $rows: lists [id, name, fullName, local, origin, district, industries, code, exchange] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS id, r[1] AS name, r[2] AS fullName, r[3] AS local, r[4] AS origin, r[5] AS district,
     r[6] AS industries, r[7] AS code, r[8] AS exchange
CREATE (e:Enterprise {id: id})
SET e.name = name, e.fullName = fullName, e.local = local, e.origin = origin, e.district = district,
    e.industries = industries, e.code = code, e.exchange = exchange, e.sources = []
// The created nodes' internal ids, for the relationship rows that reference them (bench/data/ids.ts): one row of two
// lists in the rows' order, not a record per node (10,000 records a batch cost the loader and Bolt more than the
// writes they follow).
RETURN collect(id) AS keys, collect(id(e)) AS ns
