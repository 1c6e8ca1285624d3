// Benchmark graph: a batch of enterprises (generated local firms, or national-pool firms).
// $rows: lists [id, name, fullName, local, origin, district, industries, code, exchange] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS id, r[1] AS name, r[2] AS fullName, r[3] AS local, r[4] AS origin, r[5] AS district,
     r[6] AS industries, r[7] AS code, r[8] AS exchange
CREATE (e:Enterprise {id: id})
SET e.name = name, e.fullName = fullName, e.local = local, e.origin = origin, e.district = district,
    e.industries = industries, e.code = code, e.exchange = exchange, e.sources = []
// The created node's internal id, for the relationship rows that reference it (bench/data/ids.ts).
RETURN id AS key, id(e) AS n
