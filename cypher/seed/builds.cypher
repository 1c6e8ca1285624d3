UNWIND $rows AS row
MATCH (p:Project {id: row.project}), (x:Product {id: row.product})
MERGE (p)-[r:BUILDS]->(x)
SET r.source = row.source
