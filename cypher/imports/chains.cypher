UNWIND $rows AS row
MATCH (i:Industry {id: row.industry})
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.expression = row.expression, c.kind = row.kind, c.stageCount = row.stageCount,
    c.position = row.position, c.sources = row.sources, c.origin = 'import', c.entered = row.entered
MERGE (i)-[:HAS_CHAIN]->(c)
