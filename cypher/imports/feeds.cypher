// FEEDS edges: one per ordered pair; the importing chain and source are added to the lists it already has.
UNWIND $rows AS row
MATCH (a:Product {id: row.from}), (b:Product {id: row.to})
MERGE (a)-[r:FEEDS]->(b)
ON CREATE SET r.chains = [], r.sources = []
SET r.chains = r.chains + [c IN row.chains WHERE NOT c IN r.chains],
    r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources]
