// Benchmark graph: national-pool firms' main products (as pool:import writes them for the seeded links).
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.product})
CREATE (e)-[m:MAIN_PRODUCT]->(p)
SET m.weight = row.weight, m.productName = row.productName, m.basis = 'exact', m.source = 'chainkg'
