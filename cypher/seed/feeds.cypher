UNWIND $rows AS row
MATCH (a:Product {id: row.from}), (b:Product {id: row.to})
MERGE (a)-[r:FEEDS]->(b)
SET r.chains = row.chains, r.sources = row.sources
