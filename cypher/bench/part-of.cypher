// Benchmark graph: zone hierarchy (zone PART_OF district PART_OF city PART_OF province). MERGE: the seed has joined
// its own zones and district already.
UNWIND $rows AS row
MATCH (z:Zone {id: row.zone}), (p:Zone {id: row.parent})
MERGE (z)-[:PART_OF]->(p)
