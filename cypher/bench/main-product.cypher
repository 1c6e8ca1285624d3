// Benchmark graph: national-pool firms' main products (as pool:import writes them for the seeded links).
// $rows: lists [enterprise, product, weight, productName] (bench/data/load.ts COLUMNS), enterprise and product the
// nodes' internal ids (bench/data/ids.ts).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS product, r[2] AS weight, r[3] AS productName
MATCH (e:Enterprise), (p:Product)
WHERE id(e) = enterprise AND id(p) = product
CREATE (e)-[m:MAIN_PRODUCT]->(p)
SET m.weight = weight, m.productName = productName, m.basis = 'exact', m.source = 'chainkg'
