// Local enterprises in each zone's scope (the zone and every zone inside it), for a batch of zones (DataLoader).
UNWIND $ids AS zid
MATCH (z:Zone {id: zid})
RETURN zid AS id, COUNT { MATCH (e:Enterprise {local: true})-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(z) } AS count
