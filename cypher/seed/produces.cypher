UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.product})
MERGE (e)-[r:PRODUCES]->(p)
SET r.source = row.source
