UNWIND $ids AS eid
MATCH (e:Enterprise {id: eid})
RETURN e {.*,
  statedProducts: coalesce(e.statedProducts, []),
  zone: head([(e)-[:LOCATED_IN]->(z:Zone) | z {.id, .name, .kind}]),
  products: COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) WITH p ORDER BY p.name RETURN p {.id, .name} },
  targetFor: COLLECT { MATCH (e)-[:TARGET_FOR]->(p:Product) WITH p ORDER BY p.name RETURN p {.id, .name} },
  targetForChains: COLLECT { MATCH (e)-[:TARGET_FOR]->(c:Chain) WITH c ORDER BY c.id RETURN c {.id, .name} },
  projects: COLLECT { MATCH (pr:Project)-[:BY]->(e) WITH pr ORDER BY pr.name RETURN pr.id }
} AS enterprise
