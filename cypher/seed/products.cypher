UNWIND $rows AS row
MERGE (p:Product {id: row.id})
SET p.name = row.name, p.sources = row.sources
