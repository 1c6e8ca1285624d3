// Links merge with existing Products of the same id (same name); the new source is appended, never replacing.
UNWIND $rows AS row
MERGE (p:Product {id: row.id})
ON CREATE SET p.name = row.name, p.sources = []
SET p.sources = p.sources + [s IN row.sources WHERE NOT s IN p.sources]
