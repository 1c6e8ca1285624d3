// What the graph already holds, by name, for a plan import into one district ($district: its id): its zones
// (subtree), zones of those names elsewhere with their district, its local firms, outside firms anywhere
// (local: false), the industries of its plans, and Products of the names a sought link gives ($products). Names are
// compared without spaces.
MATCH (d:Zone {id: $district})
RETURN
  COLLECT {
    MATCH (z:Zone)-[:PART_OF*1..]->(d) WHERE replace(z.name, ' ', '') IN $zones
    RETURN DISTINCT {name: replace(z.name, ' ', ''), id: z.id}
  } AS zones,
  COLLECT {
    MATCH (z:Zone) WHERE replace(z.name, ' ', '') IN $zones AND z <> d AND NOT EXISTS { (z)-[:PART_OF*1..]->(d) }
    OPTIONAL MATCH (z)-[:PART_OF*0..]->(r:Zone {kind: '区县'})
    RETURN DISTINCT {name: replace(z.name, ' ', ''), district: coalesce(r.name, z.name)}
  } AS elsewhere,
  COLLECT {
    MATCH (e:Enterprise)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(d)
    WHERE e.local AND replace(e.name, ' ', '') IN $firms
    RETURN DISTINCT {name: replace(e.name, ' ', ''), id: e.id}
  } AS firms,
  COLLECT {
    MATCH (e:Enterprise) WHERE e.local = false AND replace(e.name, ' ', '') IN $outside
    RETURN DISTINCT {name: replace(e.name, ' ', ''), id: e.id}
  } AS outside,
  COLLECT {
    MATCH (i:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d) WHERE replace(i.name, ' ', '') IN $industries
    RETURN DISTINCT {name: replace(i.name, ' ', ''), id: i.id}
  } AS industries,
  COLLECT {
    MATCH (p:Product) WHERE p.name IN coalesce($products, [])
    RETURN {name: p.name, id: p.id} AS product ORDER BY product.id
  } AS products
