// The ids of the zones from the top of the tree down to $zone (itself last): the scope's breadcrumbs and the way
// the scope tree opens. No row when the zone does not exist.
MATCH p = (z:Zone {id: $zone})-[:PART_OF*0..]->(top:Zone)
WHERE NOT EXISTS { (top)-[:PART_OF]->(:Zone) }
RETURN reverse([n IN nodes(p) | n.id]) AS ids
LIMIT 1
