// Benchmark graph: zone hierarchy (zone PART_OF district PART_OF province).
UNWIND $rows AS row
MATCH (z:Zone {id: row.zone}), (p:Zone {id: row.parent})
CREATE (z)-[:PART_OF]->(p)
