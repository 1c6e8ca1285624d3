// The end of every enterprise page query. Expects `found` (the scope zone exists; true without one), `totalCount`
// and `page` (the firms, in order). Returns each firm with its zone and products, and the page's zones as the zone
// loader returns them (the resolver primes the loader with them: no second round trip for `zone { … }`).
RETURN found, totalCount,
  [e IN page | e {.*, statedProducts: coalesce(e.statedProducts, []), zone: head([(e)-[:LOCATED_IN]->(z:Zone) | z {.id, .name, .kind}]),
    products: COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) WITH p ORDER BY p.name RETURN p {.id, .name} }}] AS page,
  COLLECT {
    UNWIND page AS e
    MATCH (e)-[:LOCATED_IN]->(z:Zone)
    WITH DISTINCT z
    RETURN
      // include: zone-model
  } AS zones
