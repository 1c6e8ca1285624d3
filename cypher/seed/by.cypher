UNWIND $rows AS row
MATCH (p:Project {id: row.project}), (e:Enterprise {id: row.enterprise})
MERGE (p)-[r:BY]->(e)
SET r.source = row.source
