// Upserts a batch of MAIN_PRODUCT edges ($rows) from pool firms to the chain links their main products match.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.product})
MERGE (e)-[m:MAIN_PRODUCT]->(p)
SET m.weight = row.weight, m.productName = row.productName, m.basis = row.basis, m.source = 'chainkg'
RETURN count(*) AS written
