// Benchmark graph: a batch of regions (provinces 省, cities 市, districts 区县 of GB/T 2260, with their 6-digit
// code) and the districts' generated zones.
UNWIND $rows AS row
CREATE (z:Zone {id: row.id})
SET z.name = row.name, z.kind = row.kind, z.code = row.code, z.district = row.district, z.origin = 'bench',
    z.sources = []
