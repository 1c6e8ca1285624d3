// Benchmark graph: a batch of regions (provinces 省, cities 市, districts 区县 of GB/T 2260, with their 6-digit
// code) and the districts' generated zones. MERGE: the seed has written its own district (綦江区) and province.
UNWIND $rows AS row
MERGE (z:Zone {id: row.id})
ON CREATE SET z.name = row.name, z.kind = row.kind, z.code = row.code, z.district = row.district,
    z.origin = 'bench', z.sources = []
