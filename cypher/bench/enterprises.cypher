// Benchmark graph: a batch of enterprises (generated local firms, or national-pool firms).
UNWIND $rows AS row
CREATE (e:Enterprise {id: row.id})
SET e.name = row.name, e.fullName = row.fullName, e.local = row.local, e.origin = row.origin,
    e.district = row.district, e.industries = row.industries, e.code = row.code, e.exchange = row.exchange,
    e.sources = []
