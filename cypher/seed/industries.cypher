UNWIND $rows AS row
MERGE (n:Industry {id: row.id})
SET n.name = row.name, n.position = row.position, n.output2025 = row.output2025, n.valueAdded2025 = row.valueAdded2025, n.sources = row.sources
