// Projects located in a zone or the zones inside it.
MATCH (z:Zone {id: $zone})
MATCH (pr:Project)-[:IN_ZONE]->(pz:Zone)-[:PART_OF*0..]->(z)
WITH DISTINCT pr, pz ORDER BY pr.name
RETURN pr {.*, zone: pz {.id, .name, .kind}} AS project
