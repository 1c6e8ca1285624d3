// Benchmark graph: the industries each plan names (the seed's plan too, hence MERGE).
UNWIND $rows AS row
MATCH (i:Industry {id: row.industry}), (d:Document {id: row.document})
MERGE (i)-[:IN_PLAN]->(d)
