// A zone and the ids of every zone inside it (itself included). No row when the zone does not exist.
MATCH (z:Zone {id: $zone})
RETURN z {.*} AS zone, [(c:Zone)-[:PART_OF*0..]->(z) | c.id] AS zoneIds
