// Benchmark graph: a batch of generated chains, each joined to its industry.
UNWIND $rows AS row
CREATE (c:Chain {id: row.id})
SET c.name = row.name, c.expression = row.expression, c.kind = '产业链', c.stageCount = row.stageCount,
    c.position = row.position, c.origin = 'bench', c.sources = []
WITH c, row
MATCH (i:Industry {id: row.industry})
CREATE (i)-[:HAS_CHAIN]->(c)
