// Benchmark graph: the links each generated plan names as ones to bring in, as a plan import writes them
// (imports/fact-sought.cypher): a Source IN_DOCUMENT the plan, and the district's SEEKS edge citing it.
UNWIND $rows AS row
MATCH (d:Zone {id: row.district}), (p:Product {id: row.product}), (doc:Document {id: row.document})
CREATE (s:Source {id: row.source})
SET s.quote = row.quote, s.section = '', s.origin = 'bench'
CREATE (s)-[:IN_DOCUMENT]->(doc)
MERGE (d)-[r:SEEKS]->(p)
ON CREATE SET r.sources = []
SET r.sources = r.sources + [row.source]
