UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (t:Chain {id: row.target})
MERGE (e)-[r:TARGET_FOR]->(t)
SET r.source = row.source
