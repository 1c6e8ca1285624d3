UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.expression = row.expression, c.kind = row.kind, c.stageCount = row.stageCount,
    c.position = row.position,
    c.sources = row.sources
WITH c, row
MATCH (i:Industry {id: row.industry})
MERGE (i)-[:HAS_CHAIN]->(c)
