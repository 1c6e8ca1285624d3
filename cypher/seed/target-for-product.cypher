UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (t:Product {id: row.target})
MERGE (e)-[r:TARGET_FOR]->(t)
SET r.source = row.source
