// Benchmark graph: a batch of provinces, districts and their zones.
UNWIND $rows AS row
CREATE (z:Zone {id: row.id})
SET z.name = row.name, z.kind = row.kind, z.district = row.district, z.origin = 'bench', z.sources = []
