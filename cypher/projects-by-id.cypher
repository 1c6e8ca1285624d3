UNWIND $ids AS pid
MATCH (pr:Project {id: pid})
RETURN pr {.*,
  zone: head([(pr)-[:IN_ZONE]->(z:Zone) | z {.id, .name, .kind}]),
  enterprise: head([(pr)-[:BY]->(e:Enterprise) | e.id]),
  products: COLLECT { MATCH (pr)-[:BUILDS]->(p:Product) WITH p ORDER BY p.name RETURN p {.id, .name} }
} AS project
